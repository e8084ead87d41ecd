//! `airlock`, the command-line checker. Thin: arguments → `model::from_json`
//! → `check::run` → `report` → exit code (0 clean, 1 findings at or above
//! `--fail-on`, 2 could not run).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The checker runs in the browser from the library; this binary is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use airlock::check::{self, Report, Severity, rule};
    use airlock::i18n::Lang;
    use airlock::model::{self, Document, LIMITS, LoadError};
    use airlock::report::{self, Checked, catalog, text::terminal_safe};
    use anyhow::{Context as _, bail};
    use lexopt::prelude::*;
    use std::ffi::OsString;
    use std::fs::File;
    use std::io::{self, Read, Write};
    use std::process::ExitCode;

    const USAGE: &str = "\
Airlock checks cloud data-pipeline designs for egress, localization,
encryption-layer and topology mistakes.

Usage:
  airlock check [--format text|json|sarif|markdown] [--fail-on LEVEL]
                [--lang LANG] FILE...
  airlock rules [--format text|json] [--lang LANG]
  airlock explain CODE
  airlock upgrade FILE
  airlock --version
  airlock --help

Commands:
  check     Check diagram documents (JSON); `-` reads standard input
  rules     List the rules: code, name, severity, family, title
  explain   Show a rule's documentation (CODE such as EGR001, or its name)
  upgrade   Print a document in the current format (version-1 hops become
            routed data flows); what the upgrade had to choose is printed
            to standard error as notes

Options:
  --format FORMAT   Output format: text (default), json, or sarif and
                    markdown (check only)
  --fail-on LEVEL   Exit 1 when an unsuppressed finding is at or above LEVEL:
                    critical, high, medium, low (default) or never
  --lang LANG       Language of titles, messages and fixes: en, ko or ja;
                    default from LC_ALL, LC_MESSAGES or LANG (else en).
                    Codes and ids are the same in every language
  -h, --help        Show this help
  -V, --version     Show the version

Exit status: 0 clean, 1 findings at or above --fail-on, 2 could not check
(a file could not be read or loaded, or the arguments are wrong).
";

    const HINT: &str = "Run `airlock --help` for usage.";

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Format {
        Text,
        Json,
        Sarif,
        Markdown,
    }

    impl Format {
        fn name(self) -> &'static str {
            match self {
                Format::Text => "text",
                Format::Json => "json",
                Format::Sarif => "sarif",
                Format::Markdown => "markdown",
            }
        }
    }

    enum Command {
        /// No arguments at all.
        Nothing,
        Help,
        Version,
        Check {
            files: Vec<OsString>,
            format: Format,
            /// The lowest severity that fails the run; `None`: never.
            fail_on: Option<Severity>,
            lang: Lang,
        },
        Rules {
            format: Format,
            lang: Lang,
        },
        Explain {
            code: String,
        },
        Upgrade {
            file: OsString,
        },
    }

    pub fn main() -> ExitCode {
        let command = match parse(lexopt::Parser::from_env()) {
            Ok(command) => command,
            Err(e) => {
                eprintln!("error: {}", terminal_safe(&e.to_string()));
                eprintln!("{HINT}");
                return ExitCode::from(2);
            }
        };
        match run(command) {
            Ok(code) => code,
            Err(e) => {
                print_error(&e);
                ExitCode::from(2)
            }
        }
    }

    fn parse(mut args: lexopt::Parser) -> Result<Command, lexopt::Error> {
        let command = match args.next()? {
            None => return Ok(Command::Nothing),
            Some(Short('h') | Long("help")) => Command::Help,
            Some(Short('V') | Long("version")) => Command::Version,
            Some(Value(name)) => match name.to_str() {
                Some("check") => return parse_check(args),
                Some("rules") => return parse_rules(args),
                Some("explain") => return parse_explain(args),
                Some("upgrade") => return parse_upgrade(args),
                _ => {
                    return Err(format!("unknown command {:?}", name.to_string_lossy()).into());
                }
            },
            Some(other) => return Err(other.unexpected()),
        };
        match args.next()? {
            None => Ok(command),
            Some(extra) => Err(extra.unexpected()),
        }
    }

    fn parse_check(mut args: lexopt::Parser) -> Result<Command, lexopt::Error> {
        let mut files = Vec::new();
        let mut format = Format::Text;
        let mut fail_on = Some(Severity::Low);
        let mut lang = Lang::from_env();
        while let Some(arg) = args.next()? {
            match arg {
                Short('h') | Long("help") => return Ok(Command::Help),
                Long("format") => {
                    format = parse_format(
                        args.value()?,
                        &[Format::Text, Format::Json, Format::Sarif, Format::Markdown],
                    )?
                }
                Long("lang") => lang = parse_lang(args.value()?)?,
                Long("fail-on") => {
                    let level = args.value()?.string()?;
                    fail_on = match level.as_str() {
                        "never" => None,
                        other => Some(Severity::parse(other).ok_or_else(|| {
                            format!(
                                "invalid value {level:?} for --fail-on: use critical, high, medium, low or never"
                            )
                        })?),
                    };
                }
                Value(file) => files.push(file),
                other => return Err(other.unexpected()),
            }
        }
        if files.is_empty() {
            return Err(
                "`airlock check` needs at least one FILE (`-` reads standard input)".into(),
            );
        }
        Ok(Command::Check {
            files,
            format,
            fail_on,
            lang,
        })
    }

    fn parse_rules(mut args: lexopt::Parser) -> Result<Command, lexopt::Error> {
        let mut format = Format::Text;
        let mut lang = Lang::from_env();
        while let Some(arg) = args.next()? {
            match arg {
                Short('h') | Long("help") => return Ok(Command::Help),
                Long("format") => {
                    format = parse_format(args.value()?, &[Format::Text, Format::Json])?
                }
                Long("lang") => lang = parse_lang(args.value()?)?,
                other => return Err(other.unexpected()),
            }
        }
        Ok(Command::Rules { format, lang })
    }

    fn parse_explain(mut args: lexopt::Parser) -> Result<Command, lexopt::Error> {
        let mut code = None;
        while let Some(arg) = args.next()? {
            match arg {
                Short('h') | Long("help") => return Ok(Command::Help),
                Value(value) if code.is_none() => code = Some(value.string()?),
                other => return Err(other.unexpected()),
            }
        }
        match code {
            Some(code) => Ok(Command::Explain { code }),
            None => Err("`airlock explain` needs a rule CODE such as EGR001".into()),
        }
    }

    fn parse_upgrade(mut args: lexopt::Parser) -> Result<Command, lexopt::Error> {
        let mut file = None;
        while let Some(arg) = args.next()? {
            match arg {
                Short('h') | Long("help") => return Ok(Command::Help),
                Value(value) if file.is_none() => file = Some(value),
                other => return Err(other.unexpected()),
            }
        }
        match file {
            Some(file) => Ok(Command::Upgrade { file }),
            None => Err("`airlock upgrade` needs a FILE".into()),
        }
    }

    fn parse_format(value: OsString, allowed: &[Format]) -> Result<Format, lexopt::Error> {
        let value = value.string()?;
        allowed
            .iter()
            .copied()
            .find(|f| f.name() == value)
            .ok_or_else(|| {
                let names: Vec<&str> = allowed.iter().map(|f| f.name()).collect();
                format!(
                    "invalid value {value:?} for --format: use {}",
                    names.join(", ")
                )
                .into()
            })
    }

    /// `--lang`: `en`, `ko`, `ja`, or a longer tag such as `ja-JP`.
    fn parse_lang(value: OsString) -> Result<Lang, lexopt::Error> {
        let value = value.string()?;
        Lang::from_tag(&value)
            .ok_or_else(|| format!("invalid value {value:?} for --lang: use en, ko or ja").into())
    }

    fn run(command: Command) -> anyhow::Result<ExitCode> {
        match command {
            Command::Nothing => {
                eprint!("{USAGE}");
                Ok(ExitCode::from(2))
            }
            Command::Help => {
                print(USAGE)?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Version => {
                print(&format!("airlock {}\n", env!("CARGO_PKG_VERSION")))?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Rules { format, lang } => {
                print(&match format {
                    Format::Json => catalog::json_in(lang),
                    _ => catalog::text_in(lang),
                })?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Explain { code } => match rule(&code) {
                Some(r) => {
                    print(&format!("{}\n", r.doc))?;
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    eprintln!("error: no rule {:?}", terminal_safe(&code));
                    eprintln!("Run `airlock rules` to see the codes and names.");
                    Ok(ExitCode::from(2))
                }
            },
            Command::Check {
                files,
                format,
                fail_on,
                lang,
            } => check(&files, format, fail_on, lang),
            Command::Upgrade { file } => {
                let path = file.to_string_lossy().into_owned();
                let (_, doc) = load(&file).with_context(|| format!("cannot upgrade {path}"))?;
                print(&model::to_json(&doc))?;
                Ok(ExitCode::SUCCESS)
            }
        }
    }

    /// A file that loaded, and its report.
    struct Loaded {
        path: String,
        source: String,
        doc: Document,
        report: Report,
    }

    fn check(
        files: &[OsString],
        format: Format,
        fail_on: Option<Severity>,
        lang: Lang,
    ) -> anyhow::Result<ExitCode> {
        let mut loaded = Vec::new();
        let mut could_not_check = false;
        for file in files {
            let path = file.to_string_lossy().into_owned();
            match load(file) {
                Ok((source, doc)) => {
                    let report = check::run(&doc);
                    loaded.push(Loaded {
                        path,
                        source,
                        doc,
                        report,
                    });
                }
                Err(e) => {
                    could_not_check = true;
                    print_error(&e.context(format!("cannot check {path}")));
                }
            }
        }
        let checked: Vec<Checked> = loaded
            .iter()
            .map(|l| Checked {
                path: &l.path,
                source: &l.source,
                doc: &l.doc,
                report: &l.report,
            })
            .collect();
        let output = match format {
            Format::Text => checked
                .iter()
                .map(|c| report::text::render_in(c, lang))
                .collect::<Vec<_>>()
                .join("\n"),
            Format::Markdown => checked
                .iter()
                .map(|c| report::markdown::render_in(c, lang))
                .collect::<Vec<_>>()
                .join("\n"),
            Format::Json => report::json::render_in(&checked, lang),
            Format::Sarif => report::sarif::render_in(&checked, lang),
        };
        print(&output)?;

        let fails = |l: &Loaded| {
            fail_on.is_some_and(|threshold| l.report.active().any(|f| f.severity >= threshold))
        };
        Ok(if could_not_check {
            ExitCode::from(2)
        } else if loaded.iter().any(fails) {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }

    /// Reads and loads one document; `-` is standard input.
    fn load(file: &OsString) -> anyhow::Result<(String, Document)> {
        let reader: Box<dyn Read> = if file == "-" {
            Box::new(io::stdin().lock())
        } else {
            Box::new(File::open(file)?)
        };
        // Read one byte past the limit, so a huge input is refused without
        // holding all of it.
        let limit = LIMITS.max_bytes;
        let mut bytes = Vec::new();
        reader.take(limit as u64 + 1).read_to_end(&mut bytes)?;
        if bytes.len() > limit {
            bail!("the document is larger than the limit of {limit} bytes");
        }
        let source = String::from_utf8(bytes).context("the document is not UTF-8 text")?;
        let loaded = model::load(&source)?;
        for note in &loaded.notes {
            eprintln!(
                "note: {}: {}",
                terminal_safe(&file.to_string_lossy()),
                terminal_safe(note)
            );
        }
        Ok((source, loaded.doc))
    }

    /// `error: …`, then one `  caused by: …` line per cause; a load error
    /// gives one line per problem.
    fn print_error(e: &anyhow::Error) {
        eprintln!("error: {}", terminal_safe(&e.to_string()));
        for cause in e.chain().skip(1) {
            let lines = match cause.downcast_ref::<LoadError>() {
                Some(load) => load.lines(),
                None => vec![cause.to_string()],
            };
            for line in lines {
                eprintln!("  caused by: {}", terminal_safe(&line));
            }
        }
    }

    /// Writes to standard output; a closed pipe (`airlock rules | head`) is
    /// not an error.
    fn print(text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}
