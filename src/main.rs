//! The `khabar` binary: a thin clap front over the library.

fn main() {
    // STUB: serve | parse | entities | healthcheck | eval
}
