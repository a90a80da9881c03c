# One image recipe for every Huiying service. Build the jars first
# (./mvnw -B package -DskipTests), then e.g.:
#
#   docker build --build-arg SERVICE=intake-service -t huiying/intake-service .
#
# docker-compose.yml builds all four this way.
FROM eclipse-temurin:17-jre

# curl is used by the compose health check (the base image ships it today;
# install it should it ever be dropped). The service runs as a non-root user.
# This layer does not depend on SERVICE, so the four images share it.
RUN set -eux; \
    if ! command -v curl >/dev/null 2>&1; then \
        apt-get update; \
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl; \
        rm -rf /var/lib/apt/lists/*; \
    fi; \
    groupadd --system huiying; \
    useradd --system --gid huiying --create-home --home-dir /home/huiying --shell /usr/sbin/nologin huiying

# intake-service | routing-service | sla-service | reporting-service
ARG SERVICE
ARG VERSION=0.1.0-SNAPSHOT

RUN test -n "${SERVICE}" || { echo "build arg SERVICE is required (e.g. --build-arg SERVICE=intake-service)" >&2; exit 1; }

LABEL org.opencontainers.image.title="huiying-${SERVICE}" \
      org.opencontainers.image.description="Huiying 回应 ${SERVICE}" \
      org.opencontainers.image.version="${VERSION}"

WORKDIR /app
COPY --chown=root:root ${SERVICE}/target/${SERVICE}-${VERSION}-exec.jar /app/app.jar

ENV HUIYING_SERVICE=${SERVICE} \
    AXONIQ_UPDATE_CHECKER_DISABLED=true

USER huiying

# JAVA_TOOL_OPTIONS (heap size etc.) is read by the JVM itself; every other
# setting comes from environment variables, see docs/deployment.md.
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
