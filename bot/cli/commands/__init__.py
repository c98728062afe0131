"""One module per command: `pledgewatch NAME` is done by cmd_NAME in
bot/cli/commands/NAME.py (`demo` is bot/demo.py). Each handler takes the App that
bot.cli.dispatch opened for it, the parsed arguments, standard input and standard
output, and returns the exit status. Handlers do not import each other
(tests/project/test_architecture.py): what two commands share lives in bot.cli.output or
below bot.cli."""
