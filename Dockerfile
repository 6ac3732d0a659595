# newsgraph: the query server (and the ingest command) in one image.
#
# Build stage: the Go toolchain image, with the module cache kept so the
# Cayley UI files (templates/, static/ of github.com/cayleygraph/cayley,
# read from disk at run time, not embedded) can be copied out of it.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# No -trimpath: the server finds Cayley's UI through NEWSGRAPH_CAYLEY_UI
# below anyway, but keeps its source-path fallback working.
RUN CGO_ENABLED=0 go build -o /out/newsgraph ./cmd/newsgraph \
 && mkdir -p /out/cayley-ui \
 && cp -r "$(go env GOMODCACHE)/github.com/cayleygraph/cayley@v0.7.7/templates" \
          "$(go env GOMODCACHE)/github.com/cayleygraph/cayley@v0.7.7/static" /out/cayley-ui/

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out/newsgraph /usr/local/bin/newsgraph
COPY --from=build /out/cayley-ui /opt/cayley-ui
# The alias table and the demo articles (ingested when the store is empty).
COPY data/ /app/data/
ENV NEWSGRAPH_CAYLEY_UI=/opt/cayley-ui \
    NEWSGRAPH_ADDR=0.0.0.0:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["newsgraph"]
CMD ["serve", "--addr", "0.0.0.0:8080"]
