# Multi-stage build: wheels are built in the first stage, the runtime image holds
# only the installed package, runs as a non-root user and keeps its data on a volume.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY config ./config
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 pledgewatch \
    && mkdir /data && chown pledgewatch:pledgewatch /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER pledgewatch
WORKDIR /data
VOLUME ["/data"]
ENV PLEDGEWATCH_DB=/data/pledgewatch.db \
    PYTHONUNBUFFERED=1
# Tokens come from the environment: -e TELEGRAM_BOT_TOKEN=... -e DISCORD_BOT_TOKEN=...
# Own settings: mount a file and set PLEDGEWATCH_CONFIG=/config/pledgewatch.toml.
# WebSub push (optional): set [websub] listen = "0.0.0.0:8080" and callback_url, publish the port.
EXPOSE 8080
CMD ["pledgewatch", "run"]
