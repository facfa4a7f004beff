//! `cityrights`: the command-line adapter over the core. Each command parses its arguments,
//! calls one core function and prints the result (as JSON with `--json`). Errors go to stderr
//! in plain words with a non-zero exit status. The commands are in [`cli`], one module per
//! command group.

use std::process::ExitCode;

/// mimalloc for the CLI (its v2 line, see Cargo.toml): a long PDF export makes hundreds of
/// thousands of small allocations (a glyph, its text, its PDF object), and glibc's allocator
/// made a quarter of its time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Prints a line on standard output. When the reader has gone away (`cityrights … | head`),
/// the program ends quietly with success, as other command-line tools do, instead of a panic
/// ("failed printing to stdout"); any other failure to write is reported on stderr.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            $crate::output_failed(e);
        }
    }};
}

/// Prints a line on standard error, never panicking when it is closed.
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// What a failed write to standard output does: a closed pipe ends the program with success
/// (whoever read the output chose to stop), anything else with a message and failure.
pub(crate) fn output_failed(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    note!("cityrights: the output could not be written: {e}");
    std::process::exit(1);
}

mod cli;

fn main() -> ExitCode {
    // clap's parse, with `--help` and parse errors in the reader's language (cli::help).
    let cli = cli::help::parse::<cli::Cli>();
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // In the language of LC_ALL / LC_MESSAGES / LANG, like the app's (English for `C`).
            note!("cityrights: {}", e.message_in(cli::lang()));
            ExitCode::FAILURE
        }
    }
}
