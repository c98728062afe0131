# Two stages: the build stage installs the locked dependencies and the package into a
# virtualenv; the runtime image copies only that virtualenv (no wheel or build tool is
# left in any of its layers), runs as a non-root user and keeps its data on a volume.
#
# Base image: pin it by digest for repeatable builds. The digest could not be looked up
# where this file was written (no registry access), so the tag is used; to pin, run
#   docker buildx imagetools inspect python:3.11-slim
# and build with --build-arg PYTHON_IMAGE=python:3.11-slim@sha256:<that digest>.
ARG PYTHON_IMAGE=python:3.11-slim

FROM ${PYTHON_IMAGE} AS build
RUN python -m venv /opt/pledgewatch
ENV PATH=/opt/pledgewatch/bin:$PATH
WORKDIR /src
# The exact versions of every dependency (requirements.lock, `pip freeze` of a clean
# install), so two builds install the same code; the package itself adds none.
COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY config ./config
RUN pip install --no-cache-dir --no-deps . && pip check

FROM ${PYTHON_IMAGE}
RUN useradd --create-home --uid 10001 pledgewatch \
    && mkdir /data && chown pledgewatch:pledgewatch /data
COPY --from=build /opt/pledgewatch /opt/pledgewatch
# The compiled-rules cache (word tables, compiled rules, ~25 MB) lives on the volume beside the
# database: in the home folder it was in the container's own layer, gone with every new container
# (`docker run` again, an image upgrade), and each start compiled the rules afresh (seconds of CPU,
# ~250 MiB at peak). On the volume only the first start of a volume, or of new rules or code, does.
ENV PATH=/opt/pledgewatch/bin:$PATH \
    PLEDGEWATCH_DB=/data/pledgewatch.db \
    PLEDGEWATCH_CACHE_DIR=/data/cache \
    PYTHONUNBUFFERED=1
USER pledgewatch
WORKDIR /data
VOLUME ["/data"]
# Tokens come from the environment: -e TELEGRAM_BOT_TOKEN=... -e DISCORD_BOT_TOKEN=...
# Own settings: mount a file and set PLEDGEWATCH_CONFIG=/config/pledgewatch.toml (its feeds.toml and
# rules.toml are read beside it in /config, else the image's shipped ones).
# WebSub push (optional): set [websub] listen = "0.0.0.0:8080" and callback_url, publish the port.
EXPOSE 8080
# Web pledge tracker (optional): set [web] listen = "0.0.0.0:8000" and publish the port.
EXPOSE 8000
# Healthy while some feed was polled successfully within 3 of its poll intervals (`status --health`);
# the start period covers the first polls.
HEALTHCHECK --interval=5m --timeout=30s --start-period=3m --retries=2 \
    CMD ["pledgewatch", "status", "--health"]
CMD ["pledgewatch", "run"]
