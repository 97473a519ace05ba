# syntax=docker/dockerfile:1
#
# The whole site as one container image: static pages, on-demand routes and the signup store in
# one Node process (README, "Deploying"). Build and run:
#
#   docker build -t werkgevers .
#   docker run -p 4321:4321 -v werkgevers-data:/data -e SITE_URL=... werkgevers
#
# Build-time settings (baked into the pages and the CMS's admin page) are build arguments;
# run-time settings and secrets (SMTP_URL, DELIVERY_*, CMS_GITHUB_*) are environment variables
# of `docker run`, never build arguments, so they stay out of the image's layers.

# The same major version as the project's own Node (package.json "node"), so that node:sqlite and
# type stripping behave as in development.
ARG NODE_IMAGE=node:24-bookworm-slim

# --- build: all dependencies, the content check, `astro build` ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV ASTRO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ARG SITE_URL=https://werkgevers.regioamersfoort.nl
ARG PUBLIC_CMS_BACKEND
ARG PUBLIC_CMS_REPO
ARG PUBLIC_CMS_BRANCH
ARG PUBLIC_CMS_APP_ID
ARG PUBLIC_CMS_BASE_URL
ARG PUBLIC_CMS_API_ROOT
# The content check first: it names the file and field of an editor's mistake in Dutch, in seconds.
RUN npm run content:check && npm run build

# --- production dependencies only ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no install script runs in what ships. The one that matters is the `node`
# package's, which would download a second Node binary; the runtime uses the base image's node.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

# --- runtime ---
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ARG SITE_URL=https://werkgevers.regioamersfoort.nl
# SITE_URL again at run time: the server's origin check compares form posts with it.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4321 \
    DATA_DIR=/data \
    SITE_URL=${SITE_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
# start.ts and the modules it imports run as TypeScript (Node's type stripping); the pages, the
# content and the on-demand routes are all inside dist/.
COPY --from=build /app/src ./src
COPY --from=build /app/dist ./dist
# The signup store (SQLite) lives on a volume owned by the unprivileged `node` user of the base
# image; the ownership set here carries over into a fresh named volume.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4321
# 503 only when the store cannot be written ("degraded" deliveries still answer 200: restarting
# would not fix a receiver that is down).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4321) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself, so start.ts finishes open requests and closes
# the store. The same command as `npm start`, without npm in between.
CMD ["node", "src/server/start.ts"]
