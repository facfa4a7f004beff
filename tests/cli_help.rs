//! `cityrights --help` follows LANG like the rest of the CLI: the commands' descriptions, the
//! options' help, clap's own lines and headings, and the commonest parse errors are in the
//! reader's language; English is clap's own output, unchanged. (That every doc comment has its
//! message in the catalogue is the unit test of `src/cli/help.rs`.)

use assert_cmd::Command;
use cityrights::model::language::text;

/// The binary with a clean locale: only `LANG` as given.
fn cli(lang: &str) -> Command {
    let mut c = Command::cargo_bin("cityrights").unwrap();
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CITYRIGHTS_DB")
        .env("LANG", lang);
    c
}

/// Standard output of a command that succeeds.
fn help(lang: &str, args: &[&str]) -> String {
    let out = cli(lang).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

fn say(lang: &str, key: &str) -> String {
    text(lang, key, &[])
}

/// The help texts of an English page: what follows the name in each "  name  text" line of
/// its lists, and its first line (the command's description).
fn english_texts(page: &str) -> Vec<String> {
    let mut texts = vec![page.lines().next().unwrap().to_string()];
    for line in page.lines().filter(|l| l.starts_with("  ")) {
        if let Some((_, text)) = line.trim_start().split_once("  ") {
            let text = text.trim();
            if !text.is_empty() {
                texts.push(text.to_string());
            }
        }
    }
    texts
}

/// A translated page has none of the English page's words: its description, its commands'
/// and options' help, clap's lines and headings.
fn assert_nothing_english(english: &str, translated: &str) {
    for text in english_texts(english) {
        assert!(
            !translated.contains(&text),
            "still in English: {text:?}\n{translated}"
        );
    }
    for heading in [
        "Usage:",
        "Commands:",
        "Options:",
        "Arguments:",
        "Print help",
    ] {
        assert!(!translated.contains(heading), "{heading}\n{translated}");
    }
}

fn assert_contains_all(page: &str, words: &[&str]) {
    for words in words {
        assert!(page.contains(words), "{words}\n{page}");
    }
}

#[test]
fn english_help_is_claps_own() {
    // Written out from clap's output before `--help` was translated: English must not move.
    assert_eq!(
        help("C", &["deadlines", "--help"]),
        "Milestones due from now to DAYS ahead, soonest first\n\
         \n\
         Usage: cityrights deadlines [OPTIONS]\n\
         \n\
         Options:\n      \
         --db <PATH>      Database file to use (default: $CITYRIGHTS_DB, else the app's file in the OS data directory)\n      \
         --within <DAYS>  How many days ahead to look [default: 90]\n      \
         --json           Print a JSON array (engagement_id, kind, title, due, time_zone, …)\n  \
         -h, --help           Print help\n"
    );
    assert_eq!(
        help("C", &["engagements", "--help"]),
        "Engagements: the reviews and calls the city takes part in\n\
         \n\
         Usage: cityrights engagements [OPTIONS] <COMMAND>\n\
         \n\
         Commands:\n  \
         list  List engagements (id, title, mechanism, stage)\n  \
         add   Add an engagement (CODE as `engagements list` prints it: UPR, CESCR…, SP); with --session-start, its session as a milestone\n  \
         help  Print this message or the help of the given subcommand(s)\n\
         \n\
         Options:\n      \
         --db <PATH>  Database file to use (default: $CITYRIGHTS_DB, else the app's file in the OS data directory)\n  \
         -h, --help       Print help\n"
    );
    // English speakers outside the C locale read the same page, and `help engagements` too.
    assert_eq!(
        help("en_GB.UTF-8", &["engagements", "--help"]),
        help("C", &["engagements", "--help"])
    );
    assert_eq!(
        help("C", &["help", "engagements"]),
        help("C", &["engagements", "--help"])
    );
    let err = cli("C").args(["engagements", "lst"]).output().unwrap();
    assert_eq!(err.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(err.stderr).unwrap(),
        "error: unrecognized subcommand 'lst'\n\
         \n  \
         tip: a similar subcommand exists: 'list'\n\
         \n\
         Usage: cityrights engagements [OPTIONS] <COMMAND>\n\
         \n\
         For more information, try '--help'.\n"
    );
}

#[test]
fn french_help_has_claps_layout_in_french() {
    let page = help("fr_FR.UTF-8", &["deadlines", "--help"]);
    let expected = format!(
        "{}\n\nUtilisation : cityrights deadlines [OPTIONS]\n\nOptions :\n      \
         --db <PATH>      {}\n      \
         --within <DAYS>  {} [par défaut : 90]\n      \
         --json           {}\n  \
         -h, --help           Afficher l’aide\n",
        say("fr", "cli-help-deadlines"),
        say("fr", "cli-help--db"),
        say("fr", "cli-help-deadlines--within"),
        say("fr", "cli-help-deadlines--json"),
    );
    assert_eq!(page, expected);
    assert!(page.starts_with("Jalons arrivant à échéance"), "{page}");
    assert_nothing_english(&help("C", &["deadlines", "--help"]), &page);
}

#[test]
fn french_and_arabic_help_pages_are_translated_throughout() {
    for args in [
        &["--help"][..],
        &["engagements", "--help"],
        &["engagements", "list", "--help"],
        &["recommendations", "search", "--help"],
        &["contribution", "accept", "--help"],
    ] {
        let english = help("C", args);
        let french = help("fr_FR.UTF-8", args);
        assert_nothing_english(&english, &french);
        let arabic = help("ar_EG.UTF-8", args);
        assert_nothing_english(&english, &arabic);
        // Same lines: nothing dropped, nothing added.
        assert_eq!(english.lines().count(), french.lines().count(), "{french}");
        assert_eq!(english.lines().count(), arabic.lines().count(), "{arabic}");
    }

    let root = help("fr_FR.UTF-8", &["--help"]);
    for key in [
        "cli-help",
        "cli-help-engagements",
        "cli-help-recommendations",
        "cli-help--db",
        "cli-help-_after",
    ] {
        assert!(root.contains(&say("fr", key)), "{key}\n{root}");
    }
    assert_contains_all(
        &root,
        &[
            "Utilisation : cityrights [OPTIONS] <COMMAND>",
            "Commandes :",
            "Options :",
            "Afficher la version",
            "  help             Afficher ce message",
        ],
    );

    let list = help("fr_FR.UTF-8", &["engagements", "list", "--help"]);
    assert!(
        list.starts_with("Lister les participations (id, titre, mécanisme, étape)\n"),
        "{list}"
    );

    assert_contains_all(
        &help("ar_EG.UTF-8", &["--help"]),
        &[
            "الاستخدام: cityrights [OPTIONS] <COMMAND>",
            "الأوامر:",
            "الخيارات:",
            "عرض التعليمات",
            "المشاركات: الاستعراضات والدعوات التي تشارك فيها المدينة",
        ],
    );

    // Positionals under their heading, and a Chinese label takes no space after its colon.
    let search = help("zh_CN.UTF-8", &["recommendations", "search", "--help"]);
    assert!(search.contains("\n参数：\n  <QUERY>"), "{search}");
    assert!(search.contains("[默认值：20]"), "{search}");
    assert!(
        search.contains("用法：cityrights recommendations search"),
        "{search}"
    );
}

#[test]
fn the_help_subcommand_answers_in_the_readers_language() {
    // `cityrights help engagements list` is `cityrights engagements list --help`.
    assert_eq!(
        help("ru_RU.UTF-8", &["help", "engagements", "list"]),
        help("ru_RU.UTF-8", &["engagements", "list", "--help"])
    );
    assert!(help("ru_RU.UTF-8", &["help"]).contains("Использование: cityrights"));
    // The `help` command's own page, laid out as clap's English one.
    assert_eq!(
        help("fr_FR.UTF-8", &["engagements", "help", "help"]),
        "Afficher ce message ou l’aide de la ou des sous-commandes indiquées\n\
         \n\
         Utilisation : cityrights engagements help [COMMAND]...\n\
         \n\
         Arguments :\n  \
         [COMMAND]...  Afficher l’aide de la ou des sous-commandes\n"
    );
    let unknown = cli("es_ES.UTF-8").args(["help", "nope"]).output().unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    let stderr = String::from_utf8(unknown.stderr).unwrap();
    assert!(
        stderr.starts_with("error: subcomando desconocido «nope»"),
        "{stderr}"
    );
}

#[test]
fn a_parse_error_in_french_is_in_french_on_stderr_with_status_2() {
    let out = cli("fr_FR.UTF-8")
        .args(["engagements", "lst"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "erreur : sous-commande inconnue « lst »\n\
         \n  \
         conseil : une sous-commande proche existe : « list »\n\
         \n\
         Utilisation : cityrights engagements [OPTIONS] <COMMAND>\n\
         \n\
         Pour en savoir plus, essayez « --help ».\n"
    );

    for (args, words) in [
        (
            &["deadlines", "--within", "soon"][..],
            "erreur : valeur « soon » non valide pour « --within <DAYS> »",
        ),
        (
            &["deadlines", "--bogus"][..],
            "erreur : argument inattendu « --bogus »",
        ),
        (
            &["engagements", "add", "--title", "T"][..],
            "erreur : les arguments obligatoires suivants n’ont pas été fournis : --mechanism <CODE>",
        ),
    ] {
        let out = cli("fr_FR.UTF-8").args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.starts_with(words), "{args:?}: {stderr}");
        assert!(stderr.ends_with("Pour en savoir plus, essayez « --help ».\n"));
    }

    // A command without its subcommand shows its help (on stderr, status 2), in French.
    let out = cli("fr_FR.UTF-8").args(["engagements"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("Commandes :"), "{stderr}");
}

/// Every option and argument on a help page says what it is, in English and in the reader's
/// language: no bare `--json` or `<QUERY>` line (these pages had some before each argument got
/// its doc comment; the unit test `every_visible_argument_has_a_help_text` walks every command).
#[test]
fn no_option_or_argument_is_listed_without_its_help() {
    for args in [
        &["engagements", "list", "--help"][..],
        &["engagements", "add", "--help"],
        &["recommendations", "search", "--help"],
        &["bin", "restore", "--help"],
        &["indicators", "add", "--help"],
    ] {
        for lang in ["C", "fr_FR.UTF-8", "ar_EG.UTF-8"] {
            let page = help(lang, args);
            let listed: Vec<&str> = page
                .lines()
                .filter(|l| {
                    l.starts_with("  -") || l.starts_with("      -") || l.starts_with("  <")
                })
                .collect();
            assert!(!listed.is_empty(), "{args:?} {lang}\n{page}");
            for line in listed {
                let help = line.trim_start().split_once("  ").map(|(_, h)| h.trim());
                assert!(
                    help.is_some_and(|h| !h.is_empty()),
                    "{args:?} {lang}: no help for {line:?}\n{page}"
                );
            }
        }
    }
    // What the new lines say, in English and in French.
    let add = help("C", &["engagements", "add", "--help"]);
    assert!(
        add.contains("--session-start <YYYY-MM-DD>  Date of the session's first day, YYYY-MM-DD"),
        "{add}"
    );
    let add = help("fr_FR.UTF-8", &["engagements", "add", "--help"]);
    assert!(
        add.contains(&say("fr", "cli-help-engagements-add--session_start")),
        "{add}"
    );
}
