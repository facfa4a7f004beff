//! `--help` in the reader's language. The clap derive definitions (their doc comments) stay
//! the English source — and the manual pages, written from them, stay English — while for any
//! other language the command tree is rewritten before parsing: every command's description,
//! every argument's help, clap's own lines ("Print help", "Print version", the `help`
//! subcommand) and the headings ("Usage:", "Commands:", "Arguments:", "Options:") come from the
//! catalogue, and the commonest parse errors are worded from it too (still on stderr, exit 2).
//!
//! Keys: a command's description is `cli-help` for the program and `cli-help-engagements-list`
//! for `cityrights engagements list`; its longer description (a doc comment of several
//! paragraphs) adds `-_long`, its closing note `-_after`; an argument adds `--` and its clap id
//! (`cli-help-engagements-list--json`, `cli-help-rules--mechanism`), and its longer help
//! `-_long`. Global arguments are the program's (`cli-help--db`). The English catalogue must say
//! word for word what the doc comment says: the test below lists what is missing or different.
//!
//! English is clap's own output, untouched.

use super::lang;
use cityrights::model::language::{text, Arg as Value};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, Command};

/// The catalogue key of the command at `path` (names below the program).
fn command_key(path: &[String]) -> String {
    let mut key = String::from("cli-help");
    for name in path {
        key.push('-');
        key.push_str(name);
    }
    key
}

/// The catalogue key of an argument of the command `command_key`; a global argument is the
/// program's.
fn arg_key(command_key: &str, arg: &Arg) -> String {
    let owner = if arg.is_global_set() {
        "cli-help"
    } else {
        command_key
    };
    format!("{owner}--{}", arg.get_id())
}

fn say(language: &str, key: &str) -> String {
    text(language, key, &[])
}

/// A label ("Usage:", "default:") ready for what follows it: a space after it, except after a
/// full-width colon (Chinese "用法：" is followed directly by its text).
fn label(language: &str, key: &str) -> String {
    let mut label = say(language, key);
    if !label.ends_with('：') {
        label.push(' ');
    }
    label
}

/// Every text of `--help` the derive definitions write, as (catalogue key, English text), the
/// program first, each command before its arguments and subcommands. clap's own texts (added
/// while it builds the command) are not among them.
#[cfg(test)]
pub fn messages(cmd: &Command) -> Vec<(String, String)> {
    let mut out = Vec::new();
    collect(cmd, &mut Vec::new(), &mut out);
    out
}

#[cfg(test)]
fn collect(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
    let key = command_key(path);
    let texts = [
        (String::new(), cmd.get_about()),
        ("-_long".to_string(), cmd.get_long_about()),
        ("-_after".to_string(), cmd.get_after_help()),
        ("-_after_long".to_string(), cmd.get_after_long_help()),
    ];
    for (suffix, value) in texts {
        if let Some(value) = value {
            out.push((format!("{key}{suffix}"), value.to_string()));
        }
    }
    for arg in cmd.get_arguments() {
        let arg_key = arg_key(&key, arg);
        if let Some(help) = arg.get_help() {
            out.push((arg_key.clone(), help.to_string()));
        }
        if let Some(help) = arg.get_long_help() {
            out.push((format!("{arg_key}-_long"), help.to_string()));
        }
    }
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name().to_string());
        collect(sub, path, out);
        path.pop();
    }
}

/// The command tree with its help in `language` (unchanged for English).
pub fn localise(cmd: Command, language: &str) -> Command {
    if language == "en" {
        return cmd;
    }
    let cmd = cmd
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true);
    let program = cmd.get_name().to_string();
    rewrite(cmd, language, &program, &mut Vec::new())
}

fn rewrite(mut cmd: Command, language: &str, program: &str, path: &mut Vec<String>) -> Command {
    let key = command_key(path);
    if cmd.get_about().is_some() {
        cmd = cmd.about(say(language, &key));
    }
    if cmd.get_long_about().is_some() {
        cmd = cmd.long_about(say(language, &format!("{key}-_long")));
    }
    if cmd.get_after_help().is_some() {
        cmd = cmd.after_help(say(language, &format!("{key}-_after")));
    }
    if cmd.get_after_long_help().is_some() {
        cmd = cmd.after_long_help(say(language, &format!("{key}-_after_long")));
    }
    let long_help_exists = long_help_exists(&cmd);
    cmd = cmd.mut_args(|arg| translate_arg(arg, language, &key));
    // clap's own --help and --version, which it would add in English.
    cmd = cmd.arg(help_flag(language, long_help_exists));
    if cmd.get_version().is_some() {
        cmd = cmd.arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(say(language, "cli-clap-print_version")),
        );
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in &names {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(name, |sub| rewrite(sub, language, program, path));
        path.pop();
    }
    if !names.is_empty() {
        let mut usage = program.to_string();
        for name in path.iter() {
            usage = format!("{usage} {name}");
        }
        cmd = cmd.subcommand(help_subcommand(language, &usage));
    }
    let template = template(&cmd, language, true);
    cmd.help_template(template)
}

/// Whether `cmd` has a longer help page than its summary (`--help` against `-h`), as clap
/// decides it.
fn long_help_exists(cmd: &Command) -> bool {
    cmd.get_long_about().is_some()
        || cmd.get_after_long_help().is_some()
        || cmd
            .get_arguments()
            .any(|a| !a.is_hide_set() && a.get_long_help().is_some())
}

/// An argument with its help (and the default and possible values clap would append in
/// English) in `language`.
fn translate_arg(mut arg: Arg, language: &str, command_key: &str) -> Arg {
    let key = arg_key(command_key, &arg);
    if arg.get_help().is_some() {
        let mut help = say(language, &key);
        help.push_str(&values_note(&arg, language));
        arg = arg.help(help);
    }
    if arg.get_long_help().is_some() {
        arg = arg.long_help(say(language, &format!("{key}-_long")));
    }
    if arg.get_action().takes_values() {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    arg
}

/// " [default: 90]" and " [possible values: a, b]" in `language`, as clap writes them after
/// an argument's help.
fn values_note(arg: &Arg, language: &str) -> String {
    if !arg.get_action().takes_values() {
        return String::new();
    }
    let mut note = String::new();
    if !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let values: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        note.push_str(&format!(
            " [{}{}]",
            label(language, "cli-clap-default"),
            values.join(" ")
        ));
    }
    let possible: Vec<String> = arg
        .get_value_parser()
        .possible_values()
        .map(|values| {
            values
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect()
        })
        .unwrap_or_default();
    if !arg.is_hide_possible_values_set() && !possible.is_empty() {
        note.push_str(&format!(
            " [{}{}]",
            label(language, "cli-clap-possible_values"),
            possible.join(", ")
        ));
    }
    note
}

fn help_flag(language: &str, long_help_exists: bool) -> Arg {
    let flag = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help);
    if long_help_exists {
        flag.help(say(language, "cli-clap-print_help_more"))
            .long_help(say(language, "cli-clap-print_help_summary"))
    } else {
        flag.help(say(language, "cli-clap-print_help"))
    }
}

/// The `help` subcommand clap would add in English; [`help_asked`] answers it.
fn help_subcommand(language: &str, parent: &str) -> Command {
    let help = Command::new("help")
        // As clap's: the global options are not offered there.
        .override_usage(format!("{parent} help [COMMAND]..."))
        .about(say(language, "cli-clap-help_command"))
        .arg(
            Arg::new("subcommand")
                .action(ArgAction::Append)
                .num_args(..)
                .value_name("COMMAND")
                .help(say(language, "cli-clap-help_command_arg")),
        );
    // Its page has no options, as clap's (the global ones are not offered there).
    let template = template(&help, language, false);
    help.help_template(template)
}

/// clap's layout of a help page with the headings in `language`: only the sections the
/// command has, in clap's order.
fn template(cmd: &Command, language: &str, options: bool) -> String {
    let styles = cmd.get_styles();
    // Bold and underlined in a terminal as clap's own headings (clap strips the styles when
    // the output is not a terminal).
    let heading = |key: &str| {
        let style = styles.get_header();
        format!("{style}{}{style:#}", say(language, key))
    };
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(format!("{}\n{{subcommands}}", heading("cli-clap-commands")));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(format!(
            "{}\n{{positionals}}",
            heading("cli-clap-arguments")
        ));
    }
    if options {
        // Every command has at least --help.
        sections.push(format!("{}\n{{options}}", heading("cli-clap-options")));
    }
    let usage = styles.get_usage();
    let label = label(language, "cli-clap-usage");
    let space = if label.ends_with(' ') { " " } else { "" };
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#}{space}{{usage}}\n\n{}{{after-help}}",
        label.trim_end(),
        sections.join("\n\n")
    )
}

/// When the reader typed `cityrights … help [COMMAND]…` (not English: clap answers it
/// itself in English), the help page asked for, as clap prints it (the long form); an unknown
/// command name is clap's error. None when the command line asks for something else.
pub fn help_asked(cmd: &mut Command, matches: &ArgMatches) -> Option<Result<String, clap::Error>> {
    let mut path = Vec::new();
    let mut matches = matches;
    while let Some((name, sub)) = matches.subcommand() {
        if name == "help" && sub.try_get_many::<String>("subcommand").is_ok() {
            let asked = sub
                .get_many::<String>("subcommand")
                .map(|v| v.cloned().collect::<Vec<_>>())
                .unwrap_or_default();
            path.extend(asked);
            return Some(page(cmd, &path));
        }
        path.push(name.to_string());
        matches = sub;
    }
    None
}

fn page(cmd: &mut Command, path: &[String]) -> Result<String, clap::Error> {
    cmd.build();
    let mut current = cmd.clone();
    for name in path {
        let Some(next) = current.find_subcommand(name).cloned() else {
            let mut err = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(&current);
            err.insert(
                ContextKind::InvalidSubcommand,
                ContextValue::String(name.clone()),
            );
            err.insert(
                ContextKind::Usage,
                ContextValue::StyledStr(current.render_usage()),
            );
            return Err(err);
        };
        current = next;
    }
    let page = if long_help_exists(&current) {
        current.render_long_help()
    } else {
        current.render_help()
    };
    Ok(page.to_string())
}

/// A parse error in `language`: the common kinds (an unknown argument or command, a missing
/// argument, a value that is not valid) in the catalogue's words, with the usage line and the
/// hint to try `--help`; the rarer kinds as clap words them. None for help and version pages
/// (which clap prints as they are, already in `language`).
pub fn error_message(err: &clap::Error, language: &str) -> Option<String> {
    let string = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let one =
        |key: &str, name: &str, value: String| text(language, key, &[(name, Value::from(value))]);
    // The message of each kind, its variable and the context that fills it.
    let (key, name, context) = match err.kind() {
        ErrorKind::UnknownArgument => ("cli-clap-unknown_argument", "arg", ContextKind::InvalidArg),
        ErrorKind::InvalidSubcommand => (
            "cli-clap-unknown_command",
            "command",
            ContextKind::InvalidSubcommand,
        ),
        ErrorKind::MissingRequiredArgument => {
            ("cli-clap-missing_argument", "args", ContextKind::InvalidArg)
        }
        ErrorKind::MissingSubcommand => (
            "cli-clap-missing_command",
            "command",
            ContextKind::InvalidSubcommand,
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            ("cli-clap-invalid_value", "arg", ContextKind::InvalidArg)
        }
        _ => return None,
    };
    let value = string(ContextKind::InvalidValue).unwrap_or_default();
    let sentence = text(
        language,
        key,
        &[(name, string(context)?.into()), ("value", value.into())],
    );
    let mut out = format!("{}{sentence}\n", label(language, "cli-clap-error"));
    let suggested = [
        (ContextKind::SuggestedSubcommand, "cli-clap-similar_command"),
        (ContextKind::SuggestedArg, "cli-clap-similar_argument"),
        (ContextKind::SuggestedValue, "cli-clap-similar_value"),
    ]
    .into_iter()
    .find_map(|(kind, key)| Some((key, string(kind)?)));
    if let Some((key, suggested)) = suggested {
        out.push_str(&format!("\n  {}\n", one(key, "suggestion", suggested)));
    } else if let Some(valid) = string(ContextKind::ValidValue) {
        out.push_str(&format!(
            "  [{}{valid}]\n",
            label(language, "cli-clap-possible_values")
        ));
    }
    if let Some(usage) = string(ContextKind::Usage) {
        let usage = usage.trim_start_matches("Usage:").trim();
        out.push_str(&format!("\n{}{usage}\n", label(language, "cli-clap-usage")));
    }
    out.push_str(&format!("\n{}\n", say(language, "cli-clap-more")));
    Some(out)
}

/// Parses the command line with `--help` and the parse errors in the CLI's language.
pub fn parse<T: clap::CommandFactory + clap::FromArgMatches>() -> T {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // A command line that parses needs no help page: the tree is rewritten (a few hundred
    // catalogue look-ups) only to answer `--help` or a mistake, parsing the same line again.
    if let Ok(matches) = T::command().try_get_matches_from(&args) {
        if let Ok(parsed) = T::from_arg_matches(&matches) {
            return parsed;
        }
    }
    let language = lang();
    let mut cmd = localise(T::command(), language);
    let result = cmd.try_get_matches_from_mut(&args);
    let outcome = result.and_then(|matches| {
        if language != "en" {
            if let Some(page) = help_asked(&mut cmd, &matches) {
                let page = page?;
                out!("{}", page.trim_end());
                std::process::exit(0);
            }
        }
        T::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
    });
    match outcome {
        Ok(parsed) => parsed,
        Err(err) => match error_message(&err, language) {
            Some(message) if language != "en" => {
                note!("{}", message.trim_end());
                std::process::exit(2);
            }
            _ => err.exit(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every description and argument help of the command line is in the English catalogue,
    /// word for word: a new option, or a doc comment changed without its message, fails here
    /// with the lines to put into `assets/i18n/en.ftl` (and then translate into the five other
    /// languages; the catalogue test says which they lack).
    #[test]
    fn every_help_text_is_in_the_english_catalogue_word_for_word() {
        let all = messages(&super::super::Cli::command());
        assert!(all.len() > 150, "{} texts", all.len());
        let mut wrong = String::new();
        for (key, english) in &all {
            if text("en", key, &[]) != *english {
                wrong.push_str(&ftl_entry(key, english));
            }
        }
        assert!(
            wrong.is_empty(),
            "messages missing or different in assets/i18n/en.ftl:\n{wrong}"
        );
    }

    /// Every argument a reader can see on a help page says what it is: an option without a
    /// doc comment would show a bare name in every language. Lists each one missing, by its
    /// command and name.
    #[test]
    fn every_visible_argument_has_a_help_text() {
        let mut missing = Vec::new();
        undocumented(&super::super::Cli::command(), &mut Vec::new(), &mut missing);
        assert!(
            missing.is_empty(),
            "arguments with no doc comment (write one, then its messages):\n{}",
            missing.join("\n")
        );
    }

    fn undocumented(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<String>) {
        if cmd.is_hide_set() {
            return;
        }
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            if arg.get_help().is_none() && arg.get_long_help().is_none() {
                out.push(format!("{} {}", command_key(path), arg.get_id()));
            }
        }
        for sub in cmd.get_subcommands() {
            path.push(sub.get_name().to_string());
            undocumented(sub, path, out);
            path.pop();
        }
    }

    /// A Fluent entry for `text` (continuation lines indented, braces escaped).
    fn ftl_entry(key: &str, text: &str) -> String {
        let escaped: String = text
            .chars()
            .map(|c| match c {
                '{' | '}' => format!("{{\"{c}\"}}"),
                c => c.to_string(),
            })
            .collect();
        let lines: Vec<&str> = escaped.lines().collect();
        if lines.len() == 1 {
            format!("{key} = {escaped}\n")
        } else {
            let mut out = format!("{key} =\n");
            for line in lines {
                if line.is_empty() {
                    out.push('\n');
                } else {
                    out.push_str(&format!("    {line}\n"));
                }
            }
            out
        }
    }
}
