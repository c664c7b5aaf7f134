# syntax=docker/dockerfile:1
# khabar: build a release binary, ship it alone on a distroless base as a non-root user.

FROM rust:1-slim-bookworm AS build
WORKDIR /src
COPY . .
# Cache mounts keep the registry and target dir between builds; the binary is copied out
# because a cache mount is not part of the layer.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin khabar \
    && cp target/release/khabar /khabar

# cc: glibc and libgcc, all a Rust binary needs; nonroot: uid/gid 65532, no shell.
FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /khabar /khabar
USER 65532:65532
ENV KHABAR_LISTEN=0.0.0.0:8080
EXPOSE 8080
# Runs the binary's own probe against GET /healthz: the image has no shell and no curl.
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
    CMD ["/khabar", "healthcheck"]
ENTRYPOINT ["/khabar"]
CMD ["serve"]
