"""Reply strings of the chat commands, in English, French and German.

Every key exists in every language with the same {placeholders} (a test checks it),
so a missing translation is caught before a user sees a KeyError. Strings are plain
text: the chat adapters escape and format them for their platform.
"""

from __future__ import annotations

LANGUAGES = ("en", "fr", "de")
DEFAULT_LANG = "en"

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "welcome": "Hello! I watch the news for military aid to Ukraine and tell you about new pledges.\n"
        "Send /subscribe to get alerts, /help for every command.",
        "welcome_console": "Hello! I watch the news for military aid to Ukraine and tell you about new pledges.\n"
        "Here a command may be typed without its slash: pledges germany 30d, latest, help for every command. "
        "`pledgewatch run` prints its alerts in this console while no chat token is set; topics says which it "
        "follows, unsubscribe TOPIC and mode digest change that.",
        "help_title": "Commands:",
        "help_admin": "(bot admins only)",
        "help_manage": "(groups, servers: their admins)",
        "help_manage_change": "(groups, servers: only their admins change it)",
        "unknown_command": "Unknown command /{name}. Send /help for the list of commands.",
        "unknown_command_close": "Unknown command /{name}: did you mean /{close}? Send /help for the list of commands.",
        "use_commands": "I answer commands: /subscribe for alerts, /pledges for the pledges found, /help for every "
        "command.",
        "group_welcome": "Hello! I watch the news for military aid to Ukraine. An administrator of this group can send "
        "/subscribe to get alerts here; /help lists every command.",
        "use_slash_commands": "I answer slash commands: type / and pick one from the list, e.g. /pledges or /help.",
        "edited_not_run": "I do not run edited messages: send /{name} again, in a new message.",
        "forwarded_not_run": "I do not run forwarded messages: send /{name} yourself, in a new message.",
        "refused_admin": "Only the bot's administrators may use /{name}. Nothing was changed.",
        "refused_admin_how": "Your {platform} user id is {user_id}: the bot's operator makes you an administrator "
        "by adding it to [{section}] admins in the settings file.",
        "refused_manage": "Only an administrator of this chat may use /{name} here. Nothing was changed.",
        "refused_manage_discord": "/{name} here needs the Manage Channels permission, which you do not have in this "
        "channel. A server administrator can give it to one of your roles (Server Settings > Roles) or let you run "
        "the command (Server Settings > Integrations > this bot). Nothing was changed.",
        "bot_cannot_post": "But I cannot post alerts in this channel: I lack the {permissions} permission here. A "
        "server administrator grants it in the channel's settings (Edit Channel > Permissions > my role).",
        "refused_admin_menu": "Discord lists this command for you because you have Manage Server here, but this "
        "bot's settings do not make such members its administrators ([discord] manage_server_admins is off).",
        "help_admin_menu": "On a server, Discord lists the commands marked (bot admins only) for every member with "
        "Manage Server; they run only for the users named in [discord] admins.",
        "help_admin_menu_dm": "In a direct message Discord lists every command to everyone; those marked "
        "(bot admins only) run only for the users named in [discord] admins.",
        "refused_admin_menu_dm": "In a direct message Discord lists every command to everyone; this one runs only "
        "for the users named in [discord] admins.",
        "subscribe_yourself": "For alerts of your own, send /subscribe to me in a private chat.",
        "usage": "Usage: /{name} {args}",
        "cut": "[reply cut: {count} more characters not shown]",
        "error_internal": "Sorry, something went wrong while running /{name}. Nothing was changed.",
        "error_store": "The database is not available right now; please try again later.",
        "lang_current": "Language of this chat: {lang}. Choose with /lang en, /lang fr or /lang de.",
        "lang_current_member": "Language of this chat: {lang}. An administrator of this chat can change it "
        "(/lang en, /lang fr or /lang de).",
        "lang_set": "Language set to English.",
        "lang_bad": "Unknown language {lang!r}. Choose en, fr or de.",
        "subscribed_all": "Subscribed to every topic. Alerts arrive {mode_text}.",
        "subscribed_all_but": "Subscribed to every topic except {left}, topics added later included. "
        "Alerts arrive {mode_text}.",
        "topics_mine_all_but": "This chat follows every topic except {left} ({mode_text}).",
        "subscribed_topics": "Subscribed to: {topics}. Alerts arrive {mode_text}.",
        "mode_text_instant": "as soon as a story is found",
        "mode_text_digest": "in a daily digest at {time} UTC",
        "unknown_topics": "Unknown topic(s): {bad}. Valid topics: {valid}.",
        "unknown_topics_guess": "Did you mean: {guesses}?",
        "no_topics": "No topics are defined yet (no rules). Ask an administrator to add rules.",
        "unsubscribed": "Unsubscribed: this chat gets no more alerts. Send /subscribe to get them again.",
        "unsubscribed_topics": "Removed {removed}. Still subscribed to: {topics}.",
        "unsubscribe_not_followed": "This chat does not follow {removed}: nothing changed. {mine}",
        "not_subscribed": "This chat is not subscribed. Send /subscribe first.",
        # A forum's General and topics: alerts go on in another chat of the group.
        "not_subscribed_here": "This chat is not subscribed, but this group still gets alerts in: {places}. "
        "To stop them, send /unsubscribe there, or /unsubscribe everywhere here.",
        "unsubscribed_elsewhere_left": "Unsubscribed: this chat gets no more alerts. This group still gets them "
        "in: {places}; /unsubscribe everywhere stops them too.",
        "unsubscribed_everywhere": "Unsubscribed everywhere in this group ({places}): no more alerts.",
        "unsubscribe_everywhere_button": "Stop them all",
        # Said once to a chat that blocked or removed the bot, then took it back (Telegram).
        "welcome_back": "Welcome back! This chat's alerts stopped when the bot was blocked or removed, and they "
        "do not start again by themselves. Press the button or send /subscribe to get them again.",
        "welcome_back_button": "Get alerts again",
        # Said once in a Discord channel that had alerts when the server adds the bot again.
        "welcome_back_channel": "Welcome back! This channel's alerts stopped when the bot was removed from the "
        "server, and they do not start again by themselves: send /subscribe here to get them again.",
        # Said once in a Discord server that adds the bot (discord_greeting.py).
        "server_welcome": "Hello! I watch the news for military aid to Ukraine and post alerts about new pledges. "
        "Anyone who may manage a channel can send /subscribe in it to get the alerts there; everyone can ask "
        "/pledges or /latest, and /help lists every command.",
        "place_general": "General",
        "place_topic": "topic {topic}",
        "topics_list": "Topics: {topics}.",
        # The shipped topics that are not weapon categories (those are named in
        # bot.core.pledges.listing.words), by name: see bot.core.chat.topic_names.
        "topic_aid": "aid",
        "topic_nato_meeting": "NATO meeting",
        # (the rules weighing against look-alikes: "think tank", "tank of fuel")
        "topic_trap": "look-alikes",
        "topics_mine_all": "This chat follows every topic ({mode_text}).",
        "topics_mine": "This chat follows: {topics} ({mode_text}).",
        "topics_mine_none": "This chat is not subscribed.",
        "latest_none": "No stories yet: they appear as the feeds are read (/status shows the feeds).",
        "latest_title": "Latest stories:",
        "latest_outlets": "{count} outlets ({names})",
        "latest_outlets_one": "1 outlet ({names})",
        "latest_bad": "Give a number from 1 to {max}, e.g. /latest 5.",
        "search_none": "Nothing found for {query}.",
        "search_cut": "(Only the first {words} words, {chars} characters at most, were searched.)",
        "search_title": "Articles matching {query}:",
        "search_empty": "Give some words to search for, e.g. /search Leopard Pologne, or a phrase in quotes: /search \"Leopard 2\".",
        "search_only_excluded": "{query} only says what to leave out: give a word to search for as well, e.g. "
        "/search Leopard -NASAMS.",
        "pledges_none": "No pledges match.",
        "pledges_none_yet": "No pledges found yet: they appear as the feeds are read.",
        "pledges_none_filtered": "No pledges match: {filters}.",
        "pledges_none_yet_filtered": "No pledges found yet: they appear as the feeds are read (filters read as: {filters}).",
        "slow_down": "Too many commands at once: please wait a few seconds.",
        "pledges_title": "Pledges ({count}), newest first:",
        "pledges_title_others": "Pledges ({count}, and {others} discussed or refused), newest first:",
        "pledges_title_not_committed": "Discussed or refused, not pledged ({count}), newest first:",
        "pledges_more": "... and {count} more; narrow with filters (donor, category, system, period).",
        "look_alike": "A word mixes scripts: {detail}, though it may look like a name listed below.",
        "pledges_bad": "Filter {word!r} not understood. Accepted, in any order: a donor (germany, "
        "allemagne, DE), a category ({categories}), a system (patriot, \"leopard 2\"), a period "
        "(30d, 12w, 6m, 1y), a status (pledged, delivered, ordered, discussed, refused), and the word "
        "summary or chart.",
        "pledges_close": "{word!r}: did you mean {close}? Send {command}",
        "pledges_twice": "Only one {kind} filter at a time ({word!r}).",
        "pledges_left_out": "{word!r}: /pledges keeps what its words name and leaves nothing out (a minus leaves a "
        "word out in /search, not here). Name what to keep: a donor, a category, a system, a status or a period.",
        "pledges_summary_and_chart": "A summary or a chart, one at a time: ask again with the same filters "
        "and summary, then with chart.",
        "pledges_period_range": "Period {word!r} is out of range: a period is at least one day and at most "
        "{years} years ({days}d, {years}y).",
        "summary_title": "Pledges {period}: {count} in total.",
        "summary_period_all": "on record",
        "summary_donors": "By donor:",
        "summary_categories": "By category:",
        "summary_line": "{name}: {count} pledge(s){units}",
        "summary_units": ", {units} unit(s) counted",
        "summary_statuses": "Reported, by status (refused and discussed are not counted as pledges): {statuses}.",
        "summary_money": "Money committed, by currency (not converted):",
        "summary_money_line": "{currency} {value} in {count} pledge(s)",
        "status_title": "Feeds: {ok} healthy, {failing} failing, {waiting} not polled yet.",
        "status_ok": "ok {name}: last poll {polled}",
        "status_failing": "FAILING ({failures}x) {name}: last poll {polled}, error: {error}",
        "status_failing_worded": "FAILING ({failures}x) {name}: last poll {polled}, error: {error}",
        "status_waiting": "waiting {name}: not polled yet",
        "status_outbox": "Alerts waiting to be sent: {pending}; failed: {failed}; not sent because the chat unsubscribed: {unsubscribed}; uncertain after a crash: {uncertain}.",
        "status_never": "never",
        "mode_set_instant": "Alerts will be sent as soon as a story is found.",
        "mode_current": "Alerts arrive {mode_text}.",
        "mode_set_digest": "Alerts will be gathered into a daily digest at {time} UTC (/mode instant: each alert as it comes).",
        "mode_bad": "Choose /mode instant or /mode digest [time] (UTC, e.g. 08:00, 8h or 8 pm).",
        "mode_member": "An administrator of this chat chooses between /mode instant and /mode digest [time].",
        "mode_bad_time": "'{time}' is not a time of day in UTC (00:00 to 23:59).",
        "rules_none": "No rules yet.",
        "audit_title": "Audit log, newest first ({count}; times in UTC):",
        "audit_none": "Nothing in the audit log matches.",
        "rules_broken_admins": "The rules in the database no longer compile (rules version {version}): {error}. "
        "Alerts still come from the last rules that did (version {kept}). Mend or undo the change with /rule_edit or "
        "/rule_undo (see /audit, action rules.broken): the next poll reads the mended rules.",
        "audit_bad": "{word!r} not understood. Usage: /audit [number up to {max}] [action, e.g. rule, rule.add, "
        "feed.anomaly].",
        "rules_title": "Rules (threshold {threshold}):",
        "rule_added": "Rule {id} added.",
        "rule_added_as": "Rule {id} added under the topic {topic}.",
        "rule_topic_unknown": "Unknown topic {topic!r}; the topics are: {known}. To start a new topic, repeat with "
        "--new-topic at the end.",
        "rule_topic_lowers": "Topic {topic} only has rules that lower a score (negative weights, against "
        "look-alikes), and a rule added in chat weighs +1, which would raise it. Add it with a negative weight on the "
        "command line: pledgewatch rules add {topic} EXPRESSION --weight -2",
        "rule_changed": "Rule {id} changed.",
        "rule_removed": "Rule {id} removed.",
        "rule_undone_add": "Undone: the addition of rule {id} ({topic}), which is deleted.",
        "rule_undone_edit": "Undone: the edit of rule {id} ({topic}), which has its earlier expression again.",
        "rule_undone_remove": "Undone: the deletion of rule {id} ({topic}), which is back.",
        # `pledgewatch chat` only: what `run` prints after the console chat's /unsubscribe.
        "console_unsubscribed": "(`run` prints no alert and no digest in this console now, at its next start "
                                "too, until you send subscribe again; subscribe TOPIC follows some)",
        # `pledgewatch chat`'s own notes around the replies, in the console chat's language too.
        # A line at the terminal whose first word is no command and near none ("hello", "what about tanks").
        "console_not_command": "'{word}' is not a command: a line starts with a command's name, the slash optional "
                               "(help, latest 3, pledges germany 30d). To look for these words in the stories, send: "
                               "search {words}",
        "console_greeting": "pledgewatch chat: chat commands as the console chat, where `run` prints alerts without "
                            "a token (you are its bot admin); /help lists them; Ctrl-D or quit ends.",
        "console_tokens_set": "pledgewatch chat: a chat token is set, so `run` alerts the chats that subscribed, "
                              "not this console: /subscribe, /unsubscribe and /mode here change nothing it sends",
        "console_line_cut": "pledgewatch chat: a line longer than {most} characters was cut there (a chat command "
                            "reads {reads} at most)",
        "console_chart_written": "chart written to {file}",
        "console_chart_not_written": "chart not written: {file}: {error} (run `pledgewatch chat` from a folder you "
                                     "may write in)",
        "rule_undo_nothing": "Nothing to undo: no rule was changed yet.",
        "rule_undo_after_import": "Nothing to undo: the last rule change imported a whole rules file (the rules of "
        "the first start, or `pledgewatch rules import`), which /rule_undo does not reverse.",
        "rule_warning": "Warning: {warning}",
        "rule_not_saved": "Rule not saved: {warnings}. Repeat with --force to save it anyway.",
        "rule_error": "Invalid rule{where}: {message}{expected}",
        "rule_error_next": "Nothing was changed: send /{name} again with the rule put right (words, \"phrases\", "
        "AND, OR, NOT, NEAR/5 and parentheses), e.g. {example}",
        "rule_topic_close": "Did you mean {topic}? Send {command}",
        "latest_bad_word": "{word!r} is not a number of stories.",
        "mode_bad_word": "{word!r} is not a mode.",
        "rule_error_where": " at position {position} (near {fragment!r})",
        "rule_error_where_end": " at position {position} (near the end)",
        "rule_error_operator": "Operators are written in English: {operator} for {word}.",
        "rule_error_expected": "; expected {expected}",
        "rule_error_too_long": "expression longer than {limit} characters",
        "rule_error_too_long_expected": "at most {limit} characters",
        "rule_error_too_deep": "expression nested deeper than {limit} levels",
        "rule_error_too_deep_expected": "fewer nested groups",
        "rule_error_too_costly": "rule too costly to evaluate: its cost is {cost}, the limit is {limit} (an estimate "
        "of the ms of CPU it adds to a 100 KB article), and {part}",
        "rule_error_too_costly_partial": "rule too costly to evaluate: its cost is more than {cost}, the limit is "
        "{limit} (an estimate of the ms of CPU it adds to a 100 KB article), and {part}",
        "rule_cost_chains": "NEAR/EXCEPT chains make {share} of it: use fewer NEAR/EXCEPT in a row (each carries the "
        "words of the ones before it): split the chain into several rules",
        "rule_cost_alternatives": "alternatives (@lists included) make {share} of it: name each @list once (an OR of "
        "the same list runs it again) or split the rule",
        "rule_cost_infixes": "*infix* words make {share} of it: use fewer *infix* words (a prefix livr* or a suffix "
        "*panzer costs little)",
        "rule_cost_regexes": "regexes make {share} of it: use fewer or simpler regexes (a counted repeat such as "
        "[a-z]{{30}} after another class is slow)",
        "rule_id_bad": "{value!r} is not a rule id: give the number shown by /rules.",
        "feeds_none": "No feeds.",
        "feeds_title": "Feeds:",
        # A command that takes no argument, given one (commands.py): the word is named, not dropped.
        "no_argument": "/{name} takes no argument: “{word}” was not read. Send /{name} alone.",
        "topics_to_follow": "To follow a topic, send /subscribe and its name, e.g. /subscribe {example}.",
        "help_latest_order": "Newest first, each story by the date of its newest article (an article without a "
        "date counts from when the bot read it).",
        "help_no_argument": "(takes no argument)",
        "help_unknown": "No command is named “{word}”. Every command:",
        "feeds_matching": "Feeds whose name or address holds “{word}” ({count} of {total}):",
        "feeds_none_matching": "No feed's name or address holds “{word}” ({total} feeds). Send /feeds alone for "
        "every feed.",
        "rules_topic_title": "Rules of topic {topic} (threshold {threshold}):",
        "rules_arg_bad": "/rules takes a rule's number (/rules 12) or a topic (/rules {example}); “{word}” is "
        "neither. Send /rules alone for every rule.",
        "feed_added": "Feed {id} added: {url}",
        "feed_added_named": "Feed {id} added as “{name}”: {url}",
        # /rule_test given an article's address (rule_commands.py): what became of that article.
        "article_seen": "Seen {seen} in {feed}: {title}",
        "article_opened": "Found relevant (score {score}): it opened story {story}, which has {reports} "
        "report(s) now.",
        "article_joined": "Found relevant (score {score}): it joined story {story}, which an earlier report "
        "opened; an article that joins a story adds a source to it, not an alert of its own.",
        "article_waiting": "Found relevant (score {score}), and waiting for its story: a poll puts only so many "
        "relevant articles into stories, the rest at the next polls; an alert, if it opens a story, comes then.",
        "article_alerts": "An alert of this story was queued to {count} chat(s).",
        "article_no_alert": "No alert of this story was queued: none is for a story whose topics no chat "
        "follows, one found relevant only by a later `reanalyze` (old news), one from a feed of another site, "
        "or one beyond the new stories a poll may alert (max_alerts_per_poll).",
        "article_shared_link": "{count} stored articles share this link; this is the newest of them.",
        "article_not_relevant": "Read as not relevant (score {score}, under the threshold {threshold}): no alert.",
        "article_rules_now": "What the rules make of its title and text now:",
        "article_not_seen": "No article at this address was seen. The bot reads only the feeds it watches "
        "(/feeds), and deletes the articles no rule matched after a while (retention_days). To see what the "
        "rules make of an article, send its title and first paragraph: /rule_test <text>",
        "feed_check_items": "Feed {id} read once: it holds {count} item(s).",
        "feed_check_empty": "Feed {id} read once: it is a feed, but holds no items yet.",
        "feed_check_failed": "Feed {id} could not be read: {problem}. It stays watched and is tried again at "
        "each poll; if the address is wrong, remove it with /feed_del {id}.",
        "feed_check_not_feed": "Feed {id} is not a feed: {problem}. It stays watched; if the address is wrong, "
        "remove it with /feed_del {id}.",
        "feed_problem_timeout": "no answer within {seconds} s",
        "feed_problem_dns": "the host name {host} was not found (a mistyped host, or no network or DNS where the bot "
        "runs)",
        "feed_problem_refused": "{host} refused the connection",
        "feed_problem_tls": "the TLS certificate of {host} was not accepted",
        "feed_problem_http": "the server answered HTTP {status}",
        "feed_problem_too_large": "it is larger than {limit} bytes (the operator's max_feed_bytes)",
        "feed_problem_redirects": "more than {count} redirects (a redirect loop?)",
        "feed_problem_web_page": "the address gives a web page; send the address of its RSS or Atom feed",
        "feed_problem_sign_in": "the address gives a web page asking to sign in; if it served a feed before, the site "
        "now asks for a login, else send the address of its RSS or Atom feed",
        "feed_problem_not_feed": "the answer is no RSS, Atom or RDF document",
        "feed_problem_malformed": "the feed is malformed (cut short, or broken XML)",
        "feed_problem_unexpected": "an unexpected error (the bot's log says more)",
        "feed_problem_quoted": "{problem}",
        "feed_refused": "Not added: {reason}.",
        "feed_host_look_alike": "Not added: the host '{host}' mixes {mixed}; in ASCII it is {ascii}, not the site "
        "it looks like. Type the address in one script.",
        "feed_present": "Feed {id} is already watched, as “{name}”: {url}\n"
        "To rename it, add it again with the new name after the address.",
        "feed_present_unnamed": "Feed {id} is already watched: {url}\n"
        "To name it, add it again with a name after the address.",
        "feed_renamed": "Feed {id} was already watched, as “{old}”; renamed “{name}”: {url}",
        "feed_ascii_host": " (host in ASCII: {host})",
        "feed_host_loopback": "Not added: {host} is the bot's own machine. Feeds added from chat may not "
        "reach it (the setting chat_feed_addresses is \"{policy}\"); the bot's operator can add this feed "
        "with `pledgewatch feeds add` or allow it with chat_feed_addresses = \"loopback\".",
        "feed_host_private": "Not added: {host} is a private-network address. Feeds added from chat may not "
        "reach one (the setting chat_feed_addresses is \"{policy}\"); the bot's operator can add this feed "
        "with `pledgewatch feeds add` or allow it with chat_feed_addresses = \"private\".",
        "feed_limit": "Not added: this chat has added {limit} feeds, the most one chat may add (the setting "
        "max_feeds_per_chat). Remove one of them with /feed_del, or ask the bot's operator, who can add feeds "
        "with `pledgewatch feeds add`.",
        "feed_no_scheme": "Not added: a feed's address starts with https:// (or http://). Send "
        "/feed_add {url}",
        "feed_stray_character": "Not added: the address holds {char!r}, which no web address holds "
        "(copied with the text around it?). Send the address alone, e.g. /feed_add https://example.org/rss.xml",
        "feed_removed": "Feed {id} removed.",
        "feed_missing": "No feed with id {id} (see /feeds).",
        "rule_missing": "No rule with id {id} (see /rules).",
        "feed_id_bad": "{value!r} is not a feed id: give the number shown by /feeds.",
    },
    "fr": {
        "welcome": "Bonjour ! Je surveille l'actualité de l'aide militaire à l'Ukraine et je vous signale "
        "les nouvelles promesses.\nEnvoyez /subscribe pour recevoir les alertes, /help pour toutes les commandes.",
        "welcome_console": "Bonjour ! Je surveille l'actualité de l'aide militaire à l'Ukraine et je vous signale "
        "les nouvelles promesses.\nIci, une commande peut s'écrire sans sa barre oblique : pledges allemagne 30d, "
        "latest, help pour toutes les commandes. `pledgewatch run` affiche ses alertes dans cette console tant "
        "qu'aucun jeton de discussion n'est défini ; topics dit lesquelles elle suit, unsubscribe THÈME et mode "
        "digest le changent.",
        "help_title": "Commandes :",
        "help_admin": "(administrateurs du bot)",
        "help_manage": "(groupes et serveurs : administrateurs)",
        "help_manage_change": "(groupes et serveurs : changé par leurs administrateurs)",
        "unknown_command": "Commande /{name} inconnue. Envoyez /help pour la liste des commandes.",
        "unknown_command_close": "Commande /{name} inconnue : vouliez-vous dire /{close} ? Envoyez /help pour la "
        "liste des commandes.",
        "use_commands": "Je réponds aux commandes : /subscribe pour les alertes, /pledges pour les promesses "
        "trouvées, /help pour toutes les commandes.",
        "group_welcome": "Bonjour ! Je surveille l'actualité de l'aide militaire à l'Ukraine. Un administrateur de ce "
        "groupe peut envoyer /subscribe pour y recevoir les alertes ; /help liste toutes les commandes.",
        "use_slash_commands": "Je réponds aux commandes slash : tapez / et choisissez-en une dans la liste, "
        "par exemple /pledges ou /help.",
        "edited_not_run": "Je n'exécute pas les messages modifiés : envoyez /{name} à nouveau, dans un nouveau message.",
        "forwarded_not_run": "Je n'exécute pas les messages transférés : envoyez /{name} vous-même, "
        "dans un nouveau message.",
        "refused_admin": "Seuls les administrateurs du bot peuvent utiliser /{name}. Rien n'a été modifié.",
        "refused_admin_how": "Votre identifiant {platform} est {user_id} : l'opérateur du bot vous en fait "
        "administrateur en l'ajoutant à [{section}] admins dans le fichier de réglages.",
        "refused_manage": "Seul un administrateur de cette discussion peut utiliser /{name} ici. Rien n'a été modifié.",
        "refused_manage_discord": "/{name} demande ici l'autorisation Gérer les salons, que vous n'avez pas dans ce "
        "salon. Un administrateur du serveur peut la donner à l'un de vos rôles (Paramètres du serveur > Rôles) ou "
        "vous permettre la commande (Paramètres du serveur > Intégrations > ce bot). Rien n'a été modifié.",
        "bot_cannot_post": "Mais je ne peux pas publier d'alertes dans ce salon : il me manque ici l'autorisation "
        "{permissions}. Un administrateur du serveur l'accorde dans les paramètres du salon (Modifier le salon > "
        "Permissions > mon rôle).",
        "refused_admin_menu": "Discord vous propose cette commande parce que vous avez le droit Gérer le serveur "
        "ici, mais les réglages du bot n'en font pas pour autant un administrateur du bot "
        "([discord] manage_server_admins est désactivé).",
        "help_admin_menu": "Sur un serveur, Discord propose les commandes marquées (administrateurs du bot) à qui a "
        "le droit Gérer le serveur ; seuls les utilisateurs de [discord] admins peuvent les exécuter.",
        "help_admin_menu_dm": "En message privé, Discord propose toutes les commandes à tous ; celles marquées "
        "(administrateurs du bot) ne s'exécutent que pour les utilisateurs de [discord] admins.",
        "refused_admin_menu_dm": "En message privé, Discord propose toutes les commandes à tous ; celle-ci ne "
        "s'exécute que pour les utilisateurs de [discord] admins.",
        "subscribe_yourself": "Pour recevoir vous-même les alertes, envoyez-moi /subscribe en discussion privée.",
        "usage": "Utilisation : /{name} {args}",
        "cut": "[réponse coupée : {count} caractères de plus non affichés]",
        "error_internal": "Désolé, une erreur s'est produite pendant /{name}. Rien n'a été modifié.",
        "error_store": "La base de données est indisponible pour le moment ; réessayez plus tard.",
        "lang_current": "Langue de cette discussion : {lang}. Choisissez avec /lang en, /lang fr ou /lang de.",
        "lang_current_member": "Langue de cette discussion : {lang}. Un administrateur de cette discussion peut "
        "la changer (/lang en, /lang fr ou /lang de).",
        "lang_set": "Langue réglée sur le français.",
        "lang_bad": "Langue {lang!r} inconnue. Choisissez en, fr ou de.",
        "subscribed_all": "Abonné à tous les thèmes. Les alertes arrivent {mode_text}.",
        "subscribed_all_but": "Abonné à tous les thèmes sauf {left}, y compris ceux ajoutés plus tard. "
        "Les alertes arrivent {mode_text}.",
        "topics_mine_all_but": "Cette discussion suit tous les thèmes sauf {left} ({mode_text}).",
        "subscribed_topics": "Abonné à : {topics}. Les alertes arrivent {mode_text}.",
        "mode_text_instant": "dès qu'un article est trouvé",
        "mode_text_digest": "dans un résumé quotidien à {time} UTC",
        "unknown_topics": "Thème(s) inconnu(s) : {bad}. Thèmes valables : {valid}.",
        "unknown_topics_guess": "Vouliez-vous dire : {guesses} ?",
        "no_topics": "Aucun thème n'est encore défini (aucune règle). Demandez à un administrateur d'en ajouter.",
        "unsubscribed": "Désabonné : cette discussion ne reçoit plus d'alertes. Envoyez /subscribe pour les recevoir à nouveau.",
        "unsubscribed_topics": "{removed} retiré(s). Toujours abonné à : {topics}.",
        "unsubscribe_not_followed": "Cette discussion ne suit pas {removed} : rien n'a changé. {mine}",
        "not_subscribed": "Cette discussion n'est pas abonnée. Envoyez d'abord /subscribe.",
        "not_subscribed_here": "Cette discussion n'est pas abonnée, mais ce groupe reçoit toujours des alertes "
        "dans : {places}. Pour les arrêter, envoyez /unsubscribe là-bas, ou /unsubscribe partout ici.",
        "unsubscribed_elsewhere_left": "Désabonné : cette discussion ne reçoit plus d'alertes. Ce groupe en reçoit "
        "toujours dans : {places} ; /unsubscribe partout les arrête aussi.",
        "unsubscribed_everywhere": "Désabonné partout dans ce groupe ({places}) : plus d'alertes.",
        "unsubscribe_everywhere_button": "Tout arrêter",
        "welcome_back": "Bon retour ! Les alertes de cette discussion se sont arrêtées quand le bot a été bloqué "
        "ou retiré, et elles ne reprennent pas d'elles-mêmes. Appuyez sur le bouton ou envoyez /subscribe pour "
        "les recevoir à nouveau.",
        "welcome_back_button": "Recevoir à nouveau les alertes",
        "welcome_back_channel": "Bon retour ! Les alertes de ce salon se sont arrêtées quand le bot a été retiré du "
        "serveur, et elles ne reprennent pas d'elles-mêmes : envoyez /subscribe ici pour les recevoir à nouveau.",
        "server_welcome": "Bonjour ! Je surveille l'actualité de l'aide militaire à l'Ukraine et je publie des "
        "alertes sur les nouvelles promesses. Quiconque peut gérer un salon peut y envoyer /subscribe pour y "
        "recevoir les alertes ; chacun peut demander /pledges ou /latest, et /help liste toutes les commandes.",
        "place_general": "Général",
        "place_topic": "sujet {topic}",
        "topics_list": "Thèmes : {topics}.",
        "topic_aid": "aide",
        "topic_nato_meeting": "réunion de l'Otan",
        "topic_trap": "faux amis",
        "topics_mine_all": "Cette discussion suit tous les thèmes ({mode_text}).",
        "topics_mine": "Cette discussion suit : {topics} ({mode_text}).",
        "topics_mine_none": "Cette discussion n'est pas abonnée.",
        "latest_none": "Aucun article pour l'instant : ils apparaissent à mesure que les flux sont lus (/status montre les flux).",
        "latest_title": "Derniers articles :",
        "latest_outlets": "{count} médias ({names})",
        "latest_outlets_one": "1 média ({names})",
        "latest_bad": "Donnez un nombre de 1 à {max}, par exemple /latest 5.",
        "search_none": "Rien trouvé pour {query}.",
        "search_cut": "(Seuls les {words} premiers mots, {chars} caractères au plus, ont été cherchés.)",
        "search_title": "Articles correspondant à {query} :",
        "search_empty": "Donnez des mots à chercher, par exemple /search Leopard Pologne, ou une expression entre guillemets : /search « Leopard 2 ».",
        "search_only_excluded": "{query} dit seulement quoi exclure : donnez aussi un mot à chercher, par exemple "
        "/search Leopard -NASAMS.",
        "pledges_none": "Aucune promesse ne correspond.",
        "pledges_none_yet": "Aucune promesse trouvée pour l'instant : elles apparaissent à mesure que les flux sont lus.",
        "pledges_none_filtered": "Aucune promesse ne correspond : {filters}.",
        "pledges_none_yet_filtered": ("Aucune promesse trouvée pour l'instant : elles apparaissent à mesure que les flux "
                                      "sont lus (filtres lus : {filters})."),
        "pledges_title": "Promesses ({count}), les plus récentes d'abord :",
        "pledges_title_others": "Promesses ({count}, et {others} discutées ou refusées), les plus récentes d'abord :",
        "pledges_title_not_committed": "Discutées ou refusées, non promises ({count}), les plus récentes d'abord :",
        "pledges_more": "... et {count} de plus ; affinez avec des filtres (donateur, catégorie, système, période).",
        "slow_down": "Trop de commandes à la fois : merci de patienter quelques secondes.",
        "look_alike": "Un mot mêle plusieurs écritures : {detail}, même s'il ressemble à un nom de la liste ci-dessous.",
        "pledges_bad": "Filtre {word!r} non compris. Acceptés, dans n'importe quel ordre : un donateur "
        "(allemagne, germany, DE), une catégorie ({categories}), un système (patriot, \"leopard 2\"), "
        "une période (30d, 12w, 6m, 1y), un statut (promis, livré, commandé, discuté, refusé), et le mot "
        "summary ou chart.",
        "pledges_close": "{word!r} : vouliez-vous dire {close} ? Envoyez {command}",
        "pledges_twice": "Un seul filtre de type {kind} à la fois ({word!r}).",
        "pledges_left_out": "{word!r} : /pledges garde ce que ses mots nomment et n'exclut rien (un signe moins "
        "exclut un mot dans /search, pas ici). Nommez ce qu'il faut garder : un donateur, une catégorie, un système, "
        "un statut ou une période.",
        "pledges_summary_and_chart": "Un résumé ou un graphique, l'un après l'autre : redemandez avec les mêmes "
        "filtres et summary, puis avec chart.",
        "pledges_period_range": "Période {word!r} hors limites : une période va d'un jour à {years} ans au plus "
        "({days}d, {years}y).",
        "summary_title": "Promesses {period} : {count} au total.",
        "summary_period_all": "enregistrées",
        "summary_donors": "Par donateur :",
        "summary_categories": "Par catégorie :",
        "summary_line": "{name} : {count} promesse(s){units}",
        "summary_units": ", {units} unité(s) comptée(s)",
        "summary_statuses": "Signalées, par statut (refus et discussions ne comptent pas comme promesses) : {statuses}.",
        "summary_money": "Montants promis, par devise (sans conversion) :",
        "summary_money_line": "{currency} {value} dans {count} promesse(s)",
        "status_title": "Flux : {ok} en bon état, {failing} en échec, {waiting} pas encore interrogés.",
        "status_ok": "ok {name} : dernière interrogation {polled}",
        "status_failing": "ÉCHEC ({failures}x) {name} : dernière interrogation {polled}, erreur (message technique, en "
        "anglais) : {error}",
        "status_failing_worded": "ÉCHEC ({failures}x) {name} : dernière interrogation {polled}, erreur : {error}",
        "status_waiting": "en attente {name} : pas encore interrogé",
        "status_outbox": "Alertes en attente d'envoi : {pending} ; en échec : {failed} ; non envoyées car la discussion s'est désabonnée : {unsubscribed} ; incertaines après un arrêt : {uncertain}.",
        "status_never": "jamais",
        "mode_set_instant": "Les alertes seront envoyées dès qu'un article est trouvé.",
        "mode_current": "Les alertes arrivent {mode_text}.",
        "mode_set_digest": "Les alertes seront regroupées dans un résumé quotidien à {time} UTC (/mode instant : chaque alerte dès qu'elle arrive).",
        "mode_bad": "Choisissez /mode instant ou /mode digest [heure] (UTC, par exemple 08:00, 8h ou 8 pm).",
        "mode_member": "Un administrateur de cette discussion choisit entre /mode instant et /mode digest [heure].",
        "mode_bad_time": "'{time}' n'est pas une heure UTC de la journée (de 00:00 à 23:59).",
        "rules_none": "Aucune règle pour l'instant.",
        "audit_title": "Journal d'audit, le plus récent d'abord ({count} ; heures UTC) :",
        "audit_none": "Rien ne correspond dans le journal d'audit.",
        "rules_broken_admins": "Les règles de la base de données ne se compilent plus (version {version}) ; erreur "
        "(message technique, en anglais) : {error}. Les alertes viennent encore des dernières règles valides (version "
        "{kept}). Corrigez ou annulez la modification avec /rule_edit ou /rule_undo (voir /audit, action "
        "rules.broken) : l'interrogation suivante lira les règles corrigées.",
        "audit_bad": "{word!r} non compris. Utilisation : /audit [nombre jusqu'à {max}] [action, par ex. rule, rule.add, "
        "feed.anomaly].",
        "rules_title": "Règles (seuil {threshold}) :",
        "rule_added": "Règle {id} ajoutée.",
        "rule_added_as": "Règle {id} ajoutée au thème {topic}.",
        "rule_topic_unknown": "Thème {topic!r} inconnu ; les thèmes sont : {known}. Pour créer un nouveau thème, "
        "répétez avec --new-topic à la fin.",
        "rule_topic_lowers": "Le thème {topic} n'a que des règles qui abaissent un score (poids négatifs, contre "
        "les faux amis), et une règle ajoutée dans la discussion pèse +1, ce qui l'augmenterait. Ajoutez-la avec un "
        "poids négatif en ligne de commande : pledgewatch rules add {topic} EXPRESSION --weight -2",
        "rule_changed": "Règle {id} modifiée.",
        "rule_removed": "Règle {id} supprimée.",
        "rule_undone_add": "Annulé : l'ajout de la règle {id} ({topic}), qui est supprimée.",
        "rule_undone_edit": "Annulé : la modification de la règle {id} ({topic}), qui reprend son expression d'avant.",
        "rule_undone_remove": "Annulé : la suppression de la règle {id} ({topic}), qui est rétablie.",
        "console_unsubscribed": "(`run` n'affiche plus ni alerte ni résumé dans cette console, même à son prochain "
                                "démarrage, tant que vous n'envoyez pas subscribe ; subscribe THÈME en suit certains)",
        "console_not_command": "« {word} » n'est pas une commande : une ligne commence par le nom d'une commande, "
                               "la barre oblique facultative (help, latest 3, pledges allemagne 30d). Pour chercher "
                               "ces mots dans les articles, envoyez : search {words}",
        "console_greeting": "pledgewatch chat : les commandes de la discussion, comme la console où `run` "
                            "affiche les alertes sans jeton (vous en êtes l'administrateur du bot) ; /help les "
                            "liste ; Ctrl-D ou quit pour finir.",
        "console_tokens_set": "pledgewatch chat : un jeton de discussion est défini, donc `run` alerte les "
                              "discussions abonnées, pas cette console : /subscribe, /unsubscribe et /mode ici ne "
                              "changent rien à ce qu'il envoie",
        "console_line_cut": "pledgewatch chat : une ligne de plus de {most} caractères a été coupée là (une "
                            "commande en lit {reads} au plus)",
        "console_chart_written": "graphique enregistré dans {file}",
        "console_chart_not_written": "graphique non enregistré : {file} : {error} (lancez `pledgewatch chat` depuis "
                                     "un dossier où vous pouvez écrire)",
        "rule_undo_nothing": "Rien à annuler : aucune règle n'a encore été modifiée.",
        "rule_undo_after_import": "Rien à annuler : la dernière modification des règles a importé un fichier de "
        "règles entier (les règles du premier démarrage, ou `pledgewatch rules import`), ce que /rule_undo "
        "n'annule pas.",
        "rule_warning": "Attention : {warning}",
        "rule_not_saved": "Règle non enregistrée : {warnings}. Répétez avec --force pour l'enregistrer quand même.",
        "rule_error": "Règle invalide{where} : {message}{expected}",
        "rule_error_next": "Rien n'a été modifié : renvoyez /{name} avec la règle corrigée (des mots, des "
        "\"expressions\", AND, OR, NOT, NEAR/5 et des parenthèses), par exemple {example}",
        "rule_topic_close": "Vouliez-vous dire {topic} ? Envoyez {command}",
        "latest_bad_word": "{word!r} n'est pas un nombre de sujets.",
        "mode_bad_word": "{word!r} n'est pas un mode.",
        "rule_error_where": " à la position {position} (près de {fragment!r})",
        "rule_error_where_end": " à la position {position} (près de la fin)",
        "rule_error_operator": "Les opérateurs s'écrivent en anglais : {operator} pour {word}.",
        "rule_error_expected": " ; attendu : {expected}",
        "rule_error_too_long": "expression de plus de {limit} caractères",
        "rule_error_too_long_expected": "au plus {limit} caractères",
        "rule_error_too_deep": "expression imbriquée sur plus de {limit} niveaux",
        "rule_error_too_deep_expected": "moins de groupes imbriqués",
        "rule_error_too_costly": "règle trop coûteuse à évaluer : son coût est de {cost}, la limite de {limit} (une "
        "estimation des ms de calcul qu'elle ajoute à un article de 100 Ko), et {part}",
        "rule_error_too_costly_partial": "règle trop coûteuse à évaluer : son coût dépasse {cost}, la limite est de "
        "{limit} (une estimation des ms de calcul qu'elle ajoute à un article de 100 Ko), et {part}",
        "rule_cost_chains": "les chaînes NEAR/EXCEPT en font {share} : mettez moins de NEAR/EXCEPT à la suite (chacun "
        "porte les mots des précédents) ; coupez la chaîne en plusieurs règles",
        "rule_cost_alternatives": "les alternatives (listes @ comprises) en font {share} : nommez chaque liste @ une "
        "seule fois (un OR de la même liste la parcourt à nouveau) ou coupez la règle",
        "rule_cost_infixes": "les mots *infixes* en font {share} : utilisez moins de mots *infixes* (un préfixe "
        "livr* ou un suffixe *panzer coûte peu)",
        "rule_cost_regexes": "les expressions régulières en font {share} : utilisez-en moins ou de plus simples (une "
        "répétition comptée comme [a-z]{{30}} après une autre classe est lente)",
        "rule_id_bad": "{value!r} n'est pas un numéro de règle : donnez le numéro affiché par /rules.",
        "feeds_none": "Aucun flux.",
        "feeds_title": "Flux :",
        "no_argument": "/{name} ne prend pas d'argument : « {word} » n'a pas été lu. Envoyez /{name} seul.",
        "topics_to_follow": "Pour suivre un thème, envoyez /subscribe et son nom, par ex. /subscribe {example}.",
        "help_latest_order": "Les plus récents d'abord, chaque sujet à la date de son article le plus récent (un "
        "article sans date compte à partir du moment où le bot l'a lu).",
        "help_no_argument": "(sans argument)",
        "help_unknown": "Aucune commande ne s'appelle « {word} ». Toutes les commandes :",
        "feeds_matching": "Flux dont le nom ou l'adresse contient « {word} » ({count} sur {total}) :",
        "feeds_none_matching": "Aucun flux n'a « {word} » dans son nom ou son adresse ({total} flux). Envoyez "
        "/feeds seul pour tous les flux.",
        "rules_topic_title": "Règles du thème {topic} (seuil {threshold}) :",
        "rules_arg_bad": "/rules prend le numéro d'une règle (/rules 12) ou un thème (/rules {example}) ; "
        "« {word} » n'est ni l'un ni l'autre. Envoyez /rules seul pour toutes les règles.",
        "feed_added": "Flux {id} ajouté : {url}",
        "feed_added_named": "Flux {id} ajouté sous le nom « {name} » : {url}",
        "article_seen": "Vu le {seen} dans {feed} : {title}",
        "article_opened": "Jugé pertinent (score {score}) : c'est la première source de l'article {story}, "
        "qui en compte maintenant {reports}.",
        "article_joined": "Jugé pertinent (score {score}) : c'est une source de plus de l'article {story}, "
        "ouvert par une source antérieure ; une source ajoutée à un article n'envoie pas d'alerte propre.",
        "article_waiting": "Jugé pertinent (score {score}), en attente de son article : une relève ne range "
        "qu'un nombre limité d'articles pertinents, les autres aux relèves suivantes ; s'il ouvre un article, "
        "l'alerte vient alors.",
        "article_alerts": "Une alerte pour cet article a été mise en file pour {count} discussion(s).",
        "article_no_alert": "Aucune alerte pour cet article n'a été mise en file : il n'y en a pas pour un article "
        "dont aucune discussion ne suit les thèmes, pour un article jugé pertinent seulement par un `reanalyze` "
        "ultérieur (nouvelle ancienne), pour un flux d'un autre site, ni au-delà des nouveaux articles qu'une "
        "relève peut signaler (max_alerts_per_poll).",
        "article_shared_link": "{count} articles enregistrés partagent ce lien ; voici le plus récent.",
        "article_not_relevant": "Lu comme non pertinent (score {score}, sous le seuil {threshold}) : pas d'alerte.",
        "article_rules_now": "Ce que les règles font maintenant de son titre et de son texte :",
        "article_not_seen": "Aucun article vu à cette adresse. Le bot ne lit que les flux qu'il surveille "
        "(/feeds) et supprime au bout d'un temps les articles qu'aucune règle n'a retenus (retention_days). "
        "Pour voir ce que les règles font d'un article, envoyez son titre et son premier paragraphe : "
        "/rule_test <texte>",
        "feed_check_items": "Flux {id} lu une fois : il contient {count} élément(s).",
        "feed_check_empty": "Flux {id} lu une fois : c'est bien un flux, mais il ne contient encore aucun élément.",
        "feed_check_failed": "Le flux {id} n'a pas pu être lu : {problem}. Il reste surveillé et sera réessayé à "
        "chaque interrogation ; si l'adresse est fausse, supprimez-le avec /feed_del {id}.",
        "feed_check_not_feed": "Le flux {id} n'est pas un flux : {problem}. Il reste surveillé ; si l'adresse est "
        "fausse, supprimez-le avec /feed_del {id}.",
        "feed_problem_timeout": "pas de réponse en {seconds} s",
        "feed_problem_dns": "le nom d'hôte {host} est introuvable (une faute de frappe, ou pas de réseau ni de DNS là "
        "où tourne le bot)",
        "feed_problem_refused": "{host} a refusé la connexion",
        "feed_problem_tls": "le certificat TLS de {host} n'a pas été accepté",
        "feed_problem_http": "le serveur a répondu HTTP {status}",
        "feed_problem_too_large": "il dépasse {limit} octets (le réglage max_feed_bytes de l'opérateur)",
        "feed_problem_redirects": "plus de {count} redirections (une boucle ?)",
        "feed_problem_web_page": "l'adresse donne une page web ; envoyez l'adresse de son flux RSS ou Atom",
        "feed_problem_sign_in": "l'adresse donne une page web qui demande de se connecter ; si elle servait un flux "
        "avant, le site exige désormais un identifiant, sinon envoyez l'adresse de son flux RSS ou Atom",
        "feed_problem_not_feed": "la réponse n'est pas un document RSS, Atom ou RDF",
        "feed_problem_malformed": "le flux est mal formé (tronqué, ou XML invalide)",
        "feed_problem_unexpected": "une erreur inattendue (le journal du bot en dit plus)",
        "feed_problem_quoted": "{problem} (message technique, en anglais)",
        "feed_refused": "Non ajouté : {reason} (message technique, en anglais).",
        "feed_host_look_alike": "Non ajouté : l'hôte '{host}' mêle des {mixed} ; en ASCII, c'est {ascii}, pas le site "
        "auquel il ressemble. Tapez l'adresse dans une seule écriture.",
        "feed_present": "Le flux {id} est déjà suivi, sous le nom « {name} » : {url}\n"
        "Pour le renommer, ajoutez-le à nouveau avec le nouveau nom après l'adresse.",
        "feed_present_unnamed": "Le flux {id} est déjà suivi : {url}\n"
        "Pour lui donner un nom, ajoutez-le à nouveau avec un nom après l'adresse.",
        "feed_renamed": "Le flux {id} était déjà suivi, sous le nom « {old} » ; renommé « {name} » : {url}",
        "feed_ascii_host": " (hôte en ASCII : {host})",
        "feed_host_loopback": "Non ajouté : {host} est la machine du bot elle-même. Les flux ajoutés depuis "
        "la discussion ne peuvent pas l'atteindre (le réglage chat_feed_addresses vaut « {policy} ») ; "
        "l'opérateur du bot peut ajouter ce flux avec `pledgewatch feeds add` ou l'autoriser avec "
        "chat_feed_addresses = \"loopback\".",
        "feed_host_private": "Non ajouté : {host} est une adresse de réseau privé. Les flux ajoutés depuis "
        "la discussion ne peuvent pas en atteindre une (le réglage chat_feed_addresses vaut « {policy} ») ; "
        "l'opérateur du bot peut ajouter ce flux avec `pledgewatch feeds add` ou l'autoriser avec "
        "chat_feed_addresses = \"private\".",
        "feed_limit": "Non ajouté : cette discussion a déjà ajouté {limit} flux, le plus qu'une discussion peut "
        "ajouter (le réglage max_feeds_per_chat). Supprimez-en un avec /feed_del, ou demandez à l'opérateur du "
        "bot, qui peut ajouter des flux avec `pledgewatch feeds add`.",
        "feed_no_scheme": "Non ajouté : l'adresse d'un flux commence par https:// (ou http://). Envoyez "
        "/feed_add {url}",
        "feed_stray_character": "Non ajouté : l'adresse contient {char!r}, qu'aucune adresse web ne "
        "contient (copiée avec le texte autour ?). Envoyez l'adresse seule, par exemple "
        "/feed_add https://example.org/rss.xml",
        "feed_removed": "Flux {id} supprimé.",
        "feed_missing": "Aucun flux numéro {id} (voir /feeds).",
        "rule_missing": "Aucune règle numéro {id} (voir /rules).",
        "feed_id_bad": "{value!r} n'est pas un numéro de flux : donnez le numéro affiché par /feeds.",
    },
    # German in the Sie-form, as German news services address their readers; numbers and
    # names as German copy writes them (bot.core.pledges.listing.words, totals.format_money).
    "de": {
        "welcome": "Guten Tag! Ich verfolge die Nachrichten über Militärhilfe für die Ukraine und melde Ihnen "
        "neue Zusagen.\nSenden Sie /subscribe für Benachrichtigungen, /help für alle Befehle.",
        "welcome_console": "Guten Tag! Ich verfolge die Nachrichten über Militärhilfe für die Ukraine und melde Ihnen "
        "neue Zusagen.\nHier darf ein Befehl ohne Schrägstrich geschrieben werden: pledges deutschland 30d, latest, "
        "help für alle Befehle. `pledgewatch run` gibt seine Meldungen in dieser Konsole aus, solange kein Chat-Token "
        "gesetzt ist; topics sagt, welchen Themen sie folgt, unsubscribe THEMA und mode digest ändern das.",
        "help_title": "Befehle:",
        "help_admin": "(nur Bot-Administratoren)",
        "help_manage": "(Gruppen, Server: nur Administratoren)",
        "help_manage_change": "(Gruppen, Server: ändern nur Administratoren)",
        "unknown_command": "Unbekannter Befehl /{name}. Senden Sie /help für die Liste der Befehle.",
        "unknown_command_close": "Unbekannter Befehl /{name}: Meinten Sie /{close}? Senden Sie /help für die Liste "
        "der Befehle.",
        "use_commands": "Ich antworte auf Befehle: /subscribe für Benachrichtigungen, /pledges für die gefundenen "
        "Zusagen, /help für alle Befehle.",
        "group_welcome": "Guten Tag! Ich verfolge die Nachrichten über Militärhilfe für die Ukraine. Ein Administrator "
        "dieser Gruppe kann /subscribe senden, um hier Benachrichtigungen zu erhalten; /help listet alle Befehle.",
        "use_slash_commands": "Ich antworte auf Slash-Befehle: Tippen Sie / und wählen Sie einen aus der Liste, "
        "z. B. /pledges oder /help.",
        "edited_not_run": "Bearbeitete Nachrichten führe ich nicht aus: Senden Sie /{name} noch einmal, "
        "in einer neuen Nachricht.",
        "forwarded_not_run": "Weitergeleitete Nachrichten führe ich nicht aus: Senden Sie /{name} selbst, "
        "in einer neuen Nachricht.",
        "refused_admin": "Nur die Administratoren des Bots dürfen /{name} verwenden. Es wurde nichts geändert.",
        "refused_admin_how": "Ihre {platform}-Nutzerkennung ist {user_id}: Der Betreiber des Bots macht Sie zum "
        "Administrator, indem er sie in der Einstellungsdatei unter [{section}] admins einträgt.",
        "refused_manage": "Nur ein Administrator dieses Chats darf /{name} hier verwenden. Es wurde nichts geändert.",
        "refused_manage_discord": "/{name} braucht hier die Berechtigung Kanäle verwalten, die Sie in diesem Kanal "
        "nicht haben. Ein Server-Administrator kann sie einer Ihrer Rollen geben (Servereinstellungen > Rollen) oder "
        "Ihnen den Befehl erlauben (Servereinstellungen > Integrationen > dieser Bot). Es wurde nichts geändert.",
        "bot_cannot_post": "Ich kann in diesem Kanal aber keine Meldungen senden: Mir fehlt hier die Berechtigung "
        "{permissions}. Ein Server-Administrator erteilt sie in den Kanaleinstellungen (Kanal bearbeiten > "
        "Berechtigungen > meine Rolle).",
        "refused_admin_menu": "Discord bietet Ihnen diesen Befehl an, weil Sie hier die Berechtigung Server "
        "verwalten haben; die Einstellungen des Bots machen solche Mitglieder aber nicht zu seinen Administratoren "
        "([discord] manage_server_admins ist aus).",
        "help_admin_menu": "Auf Servern zeigt Discord Befehle (nur Bot-Administratoren) allen mit Server "
        "verwalten; ausführen dürfen sie nur Nutzer aus [discord] admins.",
        "help_admin_menu_dm": "In Direktnachrichten zeigt Discord allen jeden Befehl; die (nur Bot-Administratoren) "
        "dürfen nur Nutzer aus [discord] admins ausführen.",
        "refused_admin_menu_dm": "In Direktnachrichten zeigt Discord allen jeden Befehl; diesen dürfen nur die "
        "Nutzer in [discord] admins ausführen.",
        "subscribe_yourself": "Für eigene Benachrichtigungen senden Sie mir /subscribe in einem privaten Chat.",
        "usage": "Verwendung: /{name} {args}",
        "cut": "[Antwort gekürzt: {count} weitere Zeichen nicht angezeigt]",
        "error_internal": "Leider ist bei /{name} ein Fehler aufgetreten. Es wurde nichts geändert.",
        "error_store": "Die Datenbank ist gerade nicht erreichbar; bitte versuchen Sie es später noch einmal.",
        "lang_current": "Sprache dieses Chats: {lang}. Wählen Sie mit /lang en, /lang fr oder /lang de.",
        "lang_current_member": "Sprache dieses Chats: {lang}. Ein Administrator dieses Chats kann sie ändern "
        "(/lang en, /lang fr oder /lang de).",
        "lang_set": "Sprache auf Deutsch eingestellt.",
        "lang_bad": "Unbekannte Sprache {lang!r}. Wählen Sie en, fr oder de.",
        "subscribed_all": "Alle Themen abonniert. Benachrichtigungen kommen {mode_text}.",
        "subscribed_all_but": "Alle Themen außer {left} abonniert, auch später hinzukommende. "
        "Benachrichtigungen kommen {mode_text}.",
        "topics_mine_all_but": "Dieser Chat verfolgt alle Themen außer {left} ({mode_text}).",
        "subscribed_topics": "Abonniert: {topics}. Benachrichtigungen kommen {mode_text}.",
        "mode_text_instant": "sofort, sobald eine Meldung gefunden wird",
        "mode_text_digest": "in einer täglichen Zusammenfassung um {time} UTC",
        "unknown_topics": "Nicht erkannte Themen: {bad}. Gültige Themen: {valid}.",
        "unknown_topics_guess": "Meinten Sie: {guesses}?",
        "no_topics": "Es sind noch keine Themen festgelegt (keine Regeln). Bitten Sie einen Administrator, "
        "Regeln hinzuzufügen.",
        "unsubscribed": "Abbestellt: Dieser Chat erhält keine Benachrichtigungen mehr. Senden Sie /subscribe, um sie wieder zu erhalten.",
        "unsubscribed_topics": "Entfernt: {removed}. Weiterhin abonniert: {topics}.",
        "unsubscribe_not_followed": "Dieser Chat verfolgt {removed} nicht: Nichts wurde geändert. {mine}",
        "not_subscribed": "Dieser Chat hat nichts abonniert. Senden Sie zuerst /subscribe.",
        "not_subscribed_here": "Dieser Chat hat nichts abonniert, aber diese Gruppe erhält weiterhin "
        "Benachrichtigungen in: {places}. Um sie zu beenden, senden Sie dort /unsubscribe oder hier "
        "/unsubscribe überall.",
        "unsubscribed_elsewhere_left": "Abbestellt: Dieser Chat erhält keine Benachrichtigungen mehr. Diese Gruppe "
        "erhält sie weiterhin in: {places}; /unsubscribe überall beendet auch diese.",
        "unsubscribed_everywhere": "Überall in dieser Gruppe abbestellt ({places}): keine Benachrichtigungen mehr.",
        "unsubscribe_everywhere_button": "Alle beenden",
        "welcome_back": "Willkommen zurück! Die Benachrichtigungen dieses Chats endeten, als der Bot blockiert "
        "oder entfernt wurde, und beginnen nicht von selbst wieder. Tippen Sie auf die Schaltfläche oder senden "
        "Sie /subscribe, um sie wieder zu erhalten.",
        "welcome_back_button": "Wieder Benachrichtigungen erhalten",
        "welcome_back_channel": "Willkommen zurück! Die Benachrichtigungen dieses Kanals endeten, als der Bot vom "
        "Server entfernt wurde, und beginnen nicht von selbst wieder: Senden Sie hier /subscribe, um sie wieder "
        "zu erhalten.",
        "server_welcome": "Guten Tag! Ich verfolge die Nachrichten über Militärhilfe für die Ukraine und melde neue "
        "Zusagen. Wer einen Kanal verwalten darf, kann dort /subscribe senden, um die Benachrichtigungen dort zu "
        "erhalten; alle können /pledges oder /latest abfragen, und /help listet alle Befehle auf.",
        "place_general": "Allgemein",
        "place_topic": "Thema {topic}",
        "topics_list": "Themen: {topics}.",
        "topic_aid": "Hilfe",
        "topic_nato_meeting": "NATO-Treffen",
        "topic_trap": "Verwechslungen",
        "topics_mine_all": "Dieser Chat verfolgt alle Themen ({mode_text}).",
        "topics_mine": "Dieser Chat verfolgt: {topics} ({mode_text}).",
        "topics_mine_none": "Dieser Chat hat nichts abonniert.",
        "latest_none": "Noch keine Meldungen: Sie erscheinen, sobald die Feeds gelesen werden (/status zeigt die Feeds).",
        "latest_title": "Neueste Meldungen:",
        "latest_outlets": "{count} Medien ({names})",
        "latest_outlets_one": "1 Medium ({names})",
        "latest_bad": "Geben Sie eine Zahl von 1 bis {max} an, z. B. /latest 5.",
        "search_none": "Nichts gefunden für {query}.",
        "search_cut": "(Nur die ersten {words} Wörter, höchstens {chars} Zeichen, wurden gesucht.)",
        "search_title": "Artikel zu {query}:",
        "search_empty": "Geben Sie Suchwörter an, z. B. /search Leopard Polen, oder eine Wortgruppe in "
        "Anführungszeichen: /search „Leopard 2“.",
        "search_only_excluded": "{query} sagt nur, was ausgeschlossen wird: Geben Sie auch ein Suchwort an, z. B. "
        "/search Leopard -NASAMS.",
        "pledges_none": "Keine Zusagen gefunden.",
        "pledges_none_yet": "Noch keine Zusagen gefunden: Sie erscheinen, sobald die Feeds gelesen werden.",
        "pledges_none_filtered": "Keine Zusagen gefunden: {filters}.",
        "pledges_none_yet_filtered": ("Noch keine Zusagen gefunden: Sie erscheinen, sobald die Feeds gelesen werden "
                                      "(Filter gelesen als: {filters})."),
        "slow_down": "Zu viele Befehle auf einmal: Bitte warten Sie ein paar Sekunden.",
        "pledges_title": "Zusagen ({count}), neueste zuerst:",
        "pledges_title_others": "Zusagen ({count}, dazu {others} erörtert oder abgelehnt), neueste zuerst:",
        "pledges_title_not_committed": "Erörtert oder abgelehnt, nicht zugesagt ({count}), neueste zuerst:",
        "pledges_more": "... und {count} weitere; grenzen Sie mit Filtern ein (Geber, Kategorie, System, Zeitraum).",
        "look_alike": "Ein Wort mischt Schriftsysteme: {detail}, auch wenn es wie ein Name aus der Liste unten "
        "aussieht.",
        "pledges_bad": "Filter {word!r} nicht verstanden. Möglich sind, in beliebiger Reihenfolge: ein Geber "
        "(deutschland, germany, DE), eine Kategorie ({categories}), ein System (patriot, \"leopard 2\"), ein "
        "Zeitraum (30d, 12w, 6m, 1y), ein Status (zugesagt, geliefert, bestellt, erörtert, abgelehnt) und das "
        "Wort summary oder chart.",
        "pledges_close": "{word!r}: Meinten Sie {close}? Senden Sie {command}",
        "pledges_twice": "Nur ein Filter für {kind} auf einmal ({word!r}).",
        "pledges_left_out": "{word!r}: /pledges behält, was seine Wörter nennen, und schließt nichts aus (ein Minus "
        "schließt bei /search ein Wort aus, nicht hier). Nennen Sie, was bleiben soll: Geber, Kategorie, System, "
        "Status oder Zeitraum.",
        "pledges_summary_and_chart": "Übersicht und Grafik nur nacheinander: Fragen Sie erneut mit denselben "
        "Filtern und summary, dann mit chart.",
        "pledges_period_range": "Zeitraum {word!r} liegt außerhalb des Bereichs: mindestens ein Tag, höchstens "
        "{years} Jahre ({days}d, {years}y).",
        "summary_title": "Zusagen {period}: insgesamt {count}.",
        "summary_period_all": "bisher erfasst",
        "summary_donors": "Nach Geber:",
        "summary_categories": "Nach Kategorie:",
        "summary_line": "{name}: {count} Zusage(n){units}",
        "summary_units": ", {units} Stück gezählt",
        "summary_statuses": "Gemeldet, nach Status (Ablehnungen und Gespräche zählen nicht als Zusagen): {statuses}.",
        "summary_money": "Zugesagte Beträge, nach Währung (nicht umgerechnet):",
        "summary_money_line": "{currency} {value} in {count} Zusage(n)",
        "status_title": "Feeds: {ok} in Ordnung, {failing} fehlerhaft, {waiting} noch nicht abgerufen.",
        "status_ok": "ok {name}: zuletzt abgerufen {polled}",
        "status_failing": "FEHLER ({failures}x) {name}: zuletzt abgerufen {polled}, Fehler (technische Meldung, auf "
        "Englisch): {error}",
        "status_failing_worded": "FEHLER ({failures}x) {name}: zuletzt abgerufen {polled}, Fehler: {error}",
        "status_waiting": "wartend {name}: noch nicht abgerufen",
        "status_outbox": "Benachrichtigungen in der Warteschlange: {pending}; fehlgeschlagen: {failed}; nicht gesendet, weil "
        "der Chat abbestellt hat: {unsubscribed}; ungewiss nach einem Absturz: {uncertain}.",
        "status_never": "nie",
        "mode_set_instant": "Benachrichtigungen werden sofort gesendet, sobald eine Meldung gefunden wird.",
        "mode_current": "Benachrichtigungen kommen {mode_text}.",
        "mode_set_digest": "Benachrichtigungen werden in einer täglichen Zusammenfassung um {time} UTC gesammelt (/mode instant: jede Meldung sofort).",
        "mode_bad": "Wählen Sie /mode instant oder /mode digest [Uhrzeit] (UTC, z. B. 08:00, 8h oder 8 pm).",
        "mode_member": "Ein Administrator dieses Chats wählt zwischen /mode instant und /mode digest [Uhrzeit].",
        "mode_bad_time": "'{time}' ist keine Uhrzeit in UTC (00:00 bis 23:59).",
        "rules_none": "Noch keine Regeln.",
        "audit_title": "Audit-Protokoll, neueste zuerst ({count}; Zeiten in UTC):",
        "audit_none": "Nichts im Audit-Protokoll passt.",
        "rules_broken_admins": "Die Regeln in der Datenbank lassen sich nicht mehr übersetzen (Version {version}); "
        "Fehler (technische Meldung, auf Englisch): {error}. Die Benachrichtigungen kommen weiter von den letzten "
        "gültigen Regeln (Version {kept}). Korrigieren oder widerrufen Sie die Änderung mit /rule_edit oder /rule_undo "
        "(siehe /audit, Aktion rules.broken): der nächste Abruf liest die korrigierten Regeln.",
        "audit_bad": "{word!r} nicht verstanden. Verwendung: /audit [Anzahl bis {max}] [Aktion, z. B. rule, "
        "rule.add, feed.anomaly].",
        "rules_title": "Regeln (Schwelle {threshold}):",
        "rule_added": "Regel {id} hinzugefügt.",
        "rule_added_as": "Regel {id} unter dem Thema {topic} hinzugefügt.",
        "rule_topic_unknown": "Unbekanntes Thema {topic!r}; die Themen sind: {known}. Für ein neues Thema "
        "wiederholen Sie den Befehl mit --new-topic am Ende.",
        "rule_topic_lowers": "Das Thema {topic} hat nur Regeln, die eine Bewertung senken (negative Gewichte, "
        "gegen Verwechslungen), und eine im Chat hinzugefügte Regel wiegt +1, was sie erhöhen würde. Fügen Sie sie "
        "mit negativem Gewicht auf der Kommandozeile hinzu: pledgewatch rules add {topic} EXPRESSION --weight -2",
        "rule_changed": "Regel {id} geändert.",
        "rule_removed": "Regel {id} entfernt.",
        "rule_undone_add": "Rückgängig gemacht: das Hinzufügen von Regel {id} ({topic}); sie ist wieder gelöscht.",
        "rule_undone_edit": ("Rückgängig gemacht: die Änderung von Regel {id} ({topic}); sie hat wieder ihren "
                             "vorherigen Ausdruck."),
        "rule_undone_remove": "Rückgängig gemacht: das Löschen von Regel {id} ({topic}); sie ist wiederhergestellt.",
        "console_unsubscribed": "(`run` gibt in dieser Konsole keine Meldung und keine Übersicht mehr aus, auch nicht "
                                "nach dem nächsten Start, bis Sie subscribe senden; subscribe THEMA folgt einigen)",
        "console_not_command": "„{word}“ ist kein Befehl: Eine Zeile beginnt mit dem Namen eines Befehls, der "
                               "Schrägstrich ist freiwillig (help, latest 3, pledges deutschland 30d). Um diese "
                               "Wörter in den Artikeln zu suchen, senden Sie: search {words}",
        "console_greeting": "pledgewatch chat: die Chat-Befehle als Konsolen-Chat, in dem `run` ohne Token die "
                            "Meldungen ausgibt (Sie sind sein Bot-Admin); /help listet sie auf; Strg-D oder quit "
                            "beendet.",
        "console_tokens_set": "pledgewatch chat: Ein Chat-Token ist gesetzt, also benachrichtigt `run` die "
                              "abonnierten Chats, nicht diese Konsole: /subscribe, /unsubscribe und /mode ändern "
                              "hier nichts an dem, was es sendet",
        "console_line_cut": "pledgewatch chat: Eine Zeile mit mehr als {most} Zeichen wurde dort abgeschnitten "
                            "(ein Befehl liest höchstens {reads})",
        "console_chart_written": "Diagramm gespeichert in {file}",
        "console_chart_not_written": "Diagramm nicht gespeichert: {file}: {error} (starten Sie `pledgewatch chat` "
                                     "in einem Ordner, in dem Sie schreiben dürfen)",
        "rule_undo_nothing": "Nichts rückgängig zu machen: Es wurde noch keine Regel geändert.",
        "rule_undo_after_import": "Nichts rückgängig zu machen: Die letzte Regeländerung hat eine ganze Regeldatei "
        "importiert (die Regeln des ersten Starts oder `pledgewatch rules import`), was /rule_undo nicht "
        "zurücknimmt.",
        "rule_warning": "Warnung: {warning}",
        "rule_not_saved": "Regel nicht gespeichert: {warnings}. Wiederholen Sie mit --force, um sie trotzdem "
        "zu speichern.",
        "rule_error": "Ungültige Regel{where}: {message}{expected}",
        "rule_error_next": "Nichts wurde geändert: Senden Sie /{name} erneut mit der berichtigten Regel (Wörter, "
        "\"Wortgruppen\", AND, OR, NOT, NEAR/5 und Klammern), z. B. {example}",
        "rule_topic_close": "Meinten Sie {topic}? Senden Sie {command}",
        "latest_bad_word": "{word!r} ist keine Zahl von Meldungen.",
        "mode_bad_word": "{word!r} ist kein Modus.",
        "rule_error_where": " an Position {position} (bei {fragment!r})",
        "rule_error_where_end": " an Position {position} (gegen Ende)",
        "rule_error_operator": "Operatoren werden englisch geschrieben: {operator} für {word}.",
        "rule_error_expected": "; erwartet: {expected}",
        "rule_error_too_long": "Ausdruck länger als {limit} Zeichen",
        "rule_error_too_long_expected": "höchstens {limit} Zeichen",
        "rule_error_too_deep": "Ausdruck tiefer als {limit} Ebenen verschachtelt",
        "rule_error_too_deep_expected": "weniger verschachtelte Gruppen",
        "rule_error_too_costly": "Regel zu aufwendig auszuwerten: Ihre Kosten betragen {cost}, die Grenze ist {limit} "
        "(geschätzte ms Rechenzeit, die sie einem Artikel von 100 KB hinzufügt), und {part}",
        "rule_error_too_costly_partial": "Regel zu aufwendig auszuwerten: Ihre Kosten betragen mehr als {cost}, die "
        "Grenze ist {limit} (geschätzte ms Rechenzeit, die sie einem Artikel von 100 KB hinzufügt), und {part}",
        "rule_cost_chains": "NEAR/EXCEPT-Ketten machen {share} davon aus: weniger NEAR/EXCEPT hintereinander "
        "verwenden (jedes trägt die Wörter der vorigen), die Kette auf mehrere Regeln aufteilen",
        "rule_cost_alternatives": "Alternativen (@Listen eingeschlossen) machen {share} davon aus: jede @Liste nur "
        "einmal nennen (ein OR derselben Liste durchläuft sie erneut) oder die Regel aufteilen",
        "rule_cost_infixes": "*Infix*-Wörter machen {share} davon aus: weniger *Infix*-Wörter verwenden (ein Präfix "
        "livr* oder ein Suffix *panzer kostet wenig)",
        "rule_cost_regexes": "reguläre Ausdrücke machen {share} davon aus: weniger oder einfachere verwenden (eine "
        "gezählte Wiederholung wie [a-z]{{30}} nach einer anderen Klasse ist langsam)",
        "rule_id_bad": "{value!r} ist keine Regelnummer: Geben Sie die Nummer an, die /rules zeigt.",
        "feeds_none": "Keine Feeds.",
        "feeds_title": "Feeds:",
        "no_argument": "/{name} nimmt kein Argument: „{word}“ wurde nicht gelesen. Senden Sie /{name} allein.",
        "topics_to_follow": "Um einem Thema zu folgen, senden Sie /subscribe und seinen Namen, z. B. "
        "/subscribe {example}.",
        "help_latest_order": "Neueste zuerst, jede Meldung nach dem Datum ihres neuesten Artikels (ein Artikel "
        "ohne Datum zählt ab dem Zeitpunkt, zu dem der Bot ihn gelesen hat).",
        "help_no_argument": "(ohne Argument)",
        "help_unknown": "Kein Befehl heißt „{word}“. Alle Befehle:",
        "feeds_matching": "Feeds, deren Name oder Adresse „{word}“ enthält ({count} von {total}):",
        "feeds_none_matching": "Kein Feed hat „{word}“ im Namen oder in der Adresse ({total} Feeds). Senden Sie "
        "/feeds allein für alle Feeds.",
        "rules_topic_title": "Regeln des Themas {topic} (Schwelle {threshold}):",
        "rules_arg_bad": "/rules nimmt die Nummer einer Regel (/rules 12) oder ein Thema (/rules {example}); "
        "„{word}“ ist keins von beiden. Senden Sie /rules allein für alle Regeln.",
        "feed_added": "Feed {id} hinzugefügt: {url}",
        "feed_added_named": "Feed {id} als „{name}“ hinzugefügt: {url}",
        "article_seen": "Gesehen am {seen} in {feed}: {title}",
        "article_opened": "Als relevant eingestuft (Punktzahl {score}): Er eröffnete Meldung {story}, die jetzt "
        "{reports} Quelle(n) hat.",
        "article_waiting": "Als relevant eingestuft (Punktzahl {score}), wartet auf seine Meldung: Eine Abfrage "
        "ordnet nur begrenzt viele relevante Artikel Meldungen zu, die übrigen bei den nächsten Abfragen; "
        "eröffnet er eine Meldung, kommt die Benachrichtigung dann.",
        "article_alerts": "Eine Benachrichtigung zu dieser Meldung wurde für {count} Chat(s) eingereiht.",
        "article_no_alert": "Zu dieser Meldung wurde keine Benachrichtigung eingereiht: Keine gibt es für eine "
        "Meldung, deren Themen kein Chat folgt, für eine erst durch ein späteres `reanalyze` als relevant "
        "eingestufte (alte Nachricht), für einen Feed einer anderen Website oder über die neuen Meldungen "
        "hinaus, die eine Abfrage melden darf (max_alerts_per_poll).",
        "article_shared_link": "{count} gespeicherte Artikel teilen diesen Link; dies ist der neueste.",
        "article_joined": "Als relevant eingestuft (Punktzahl {score}): Er kam zu Meldung {story}, die ein früherer "
        "Bericht eröffnet hatte; ein Artikel, der zu einer Meldung kommt, fügt ihr eine Quelle hinzu, keine "
        "eigene Benachrichtigung.",
        "article_not_relevant": "Als nicht relevant gelesen (Punktzahl {score}, unter der Schwelle {threshold}): "
        "keine Benachrichtigung.",
        "article_rules_now": "Was die Regeln jetzt aus Titel und Text machen:",
        "article_not_seen": "Kein Artikel mit dieser Adresse wurde gesehen. Der Bot liest nur die Feeds, die er "
        "verfolgt (/feeds), und löscht die Artikel, auf die keine Regel passte, nach einer Weile "
        "(retention_days). Um zu sehen, was die Regeln aus einem Artikel machen, senden Sie Titel und ersten "
        "Absatz: /rule_test <Text>",
        "feed_check_items": "Feed {id} einmal gelesen: Er enthält {count} Einträge.",
        "feed_check_empty": "Feed {id} einmal gelesen: Es ist ein Feed, aber er enthält noch keine Einträge.",
        "feed_check_failed": "Feed {id} konnte nicht gelesen werden: {problem}. Er wird weiter verfolgt und bei "
        "jeder Abfrage erneut versucht; ist die Adresse falsch, entfernen Sie ihn mit /feed_del {id}.",
        "feed_check_not_feed": "Feed {id} ist kein Feed: {problem}. Er wird weiter verfolgt; ist die Adresse "
        "falsch, entfernen Sie ihn mit /feed_del {id}.",
        "feed_problem_timeout": "keine Antwort innerhalb von {seconds} s",
        "feed_problem_dns": "der Hostname {host} wurde nicht gefunden (ein Tippfehler, oder kein Netz oder DNS, wo "
        "der Bot läuft)",
        "feed_problem_refused": "{host} hat die Verbindung abgelehnt",
        "feed_problem_tls": "das TLS-Zertifikat von {host} wurde nicht akzeptiert",
        "feed_problem_http": "der Server antwortete mit HTTP {status}",
        "feed_problem_too_large": "er ist größer als {limit} Bytes (die Einstellung max_feed_bytes des Betreibers)",
        "feed_problem_redirects": "mehr als {count} Weiterleitungen (eine Schleife?)",
        "feed_problem_web_page": "die Adresse liefert eine Webseite; senden Sie die Adresse ihres RSS- oder "
        "Atom-Feeds",
        "feed_problem_sign_in": "die Adresse liefert eine Webseite mit Anmeldeformular; lieferte sie vorher einen "
        "Feed, verlangt die Seite jetzt eine Anmeldung, sonst senden Sie die Adresse ihres RSS- oder Atom-Feeds",
        "feed_problem_not_feed": "die Antwort ist kein RSS-, Atom- oder RDF-Dokument",
        "feed_problem_malformed": "der Feed ist fehlerhaft (abgeschnitten oder ungültiges XML)",
        "feed_problem_unexpected": "ein unerwarteter Fehler (mehr im Log des Bots)",
        "feed_problem_quoted": "{problem} (technische Meldung, auf Englisch)",
        "feed_refused": "Nicht hinzugefügt: {reason} (technische Meldung, auf Englisch).",
        "feed_host_look_alike": "Nicht hinzugefügt: Der Host '{host}' mischt {mixed}; in ASCII ist er {ascii}, nicht "
        "die Seite, der er ähnelt. Geben Sie die Adresse in einer Schrift ein.",
        "feed_present": "Feed {id} wird bereits verfolgt, als „{name}“: {url}\n"
        "Um ihn umzubenennen, fügen Sie ihn erneut mit dem neuen Namen nach der Adresse hinzu.",
        "feed_present_unnamed": "Feed {id} wird bereits verfolgt: {url}\n"
        "Um ihm einen Namen zu geben, fügen Sie ihn erneut mit einem Namen nach der Adresse hinzu.",
        "feed_renamed": "Feed {id} wurde bereits verfolgt, als „{old}“; umbenannt in „{name}“: {url}",
        "feed_ascii_host": " (Host in ASCII: {host})",
        "feed_host_loopback": "Nicht hinzugefügt: {host} ist der Rechner des Bots selbst. Im Chat hinzugefügte "
        "Feeds dürfen ihn nicht erreichen (die Einstellung chat_feed_addresses ist \"{policy}\"); der Betreiber "
        "des Bots kann diesen Feed mit `pledgewatch feeds add` hinzufügen oder ihn mit "
        "chat_feed_addresses = \"loopback\" erlauben.",
        "feed_host_private": "Nicht hinzugefügt: {host} ist eine Adresse eines privaten Netzes. Im Chat "
        "hinzugefügte Feeds dürfen keine solche erreichen (die Einstellung chat_feed_addresses ist "
        "\"{policy}\"); der Betreiber des Bots kann diesen Feed mit `pledgewatch feeds add` hinzufügen oder "
        "ihn mit chat_feed_addresses = \"private\" erlauben.",
        "feed_limit": "Nicht hinzugefügt: Dieser Chat hat bereits {limit} Feeds hinzugefügt, das Höchste, was ein "
        "Chat hinzufügen darf (die Einstellung max_feeds_per_chat). Entfernen Sie einen davon mit /feed_del oder "
        "fragen Sie den Betreiber des Bots, der Feeds mit `pledgewatch feeds add` hinzufügen kann.",
        "feed_no_scheme": "Nicht hinzugefügt: Die Adresse eines Feeds beginnt mit https:// (oder http://). "
        "Senden Sie /feed_add {url}",
        "feed_stray_character": "Nicht hinzugefügt: Die Adresse enthält {char!r}, was keine Webadresse enthält "
        "(mit dem umgebenden Text kopiert?). Senden Sie die Adresse allein, z. B. "
        "/feed_add https://example.org/rss.xml",
        "feed_removed": "Feed {id} entfernt.",
        "feed_missing": "Kein Feed mit der Nummer {id} (siehe /feeds).",
        "rule_missing": "Keine Regel mit der Nummer {id} (siehe /rules).",
        "feed_id_bad": "{value!r} ist keine Feed-Nummer: Geben Sie die Nummer an, die /feeds zeigt.",
    },
}


# The kinds of /pledges filter by name, for "Only one {kind} filter at a time": French and
# German replies named them by the parser's English codes ("filtre de type donor").
FILTER_KINDS: dict[str, dict[str, str]] = {
    "fr": {"donor": "donateur", "category": "catégorie", "system": "système", "status": "statut", "period": "période"},
    "de": {"donor": "Geber", "category": "Kategorie", "system": "System", "status": "Status", "period": "Zeitraum"},
}


def filter_kind(kind: str, lang: str) -> str:
    """A filter's kind ("donor") as the reply in `lang` names it; the code in English."""
    return FILTER_KINDS.get(normalize_lang(lang), {}).get(kind, kind)


def normalize_lang(lang: str | None) -> str:
    """A supported language code ("fr-FR" -> "fr"); English for anything else."""
    code = (lang or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANG


def user_language(code: str | None) -> str:
    """The reply language for a platform's language tag of a user ("de", "de-AT", "fr-CA",
    Discord's "en-GB"): the offered language it names, else English. Only the primary
    subtag counts, whole: "frr" (North Frisian) is not French."""
    primary = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in LANGUAGES else DEFAULT_LANG


def t(lang: str, key: str, /, **values: object) -> str:
    """The reply string `key` in `lang` (English when the language is unknown)."""
    table = MESSAGES.get(normalize_lang(lang), MESSAGES[DEFAULT_LANG])
    return table[key].format(**values)
