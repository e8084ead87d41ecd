//! `airlock`, the command-line checker. Thin: arguments → `model::from_json`
//! → `check::run` → `report` → exit code (0 clean, 1 findings at or above
//! `--fail-on`, 2 could not run).

/// mimalloc, not glibc's malloc: a check allocates many small strings and
/// vectors, and with glibc a third of a check's time went to malloc and
/// free (`cargo bench --bench check` measures with the same allocator).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    use airlock::drawio;
    use airlock::i18n::{self, Cannot, Lang, Said};
    use airlock::model::{self, Declared, Document, Kind, LIMITS, LoadError};
    use airlock::report::{self, Checked, Source, catalog, text::terminal_safe};
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
                [--lang LANG] [--page NAME|N] [--map KEY=KIND]... FILE...
  airlock rules [--format text|json] [--lang LANG]
  airlock explain [--lang LANG] CODE
  airlock upgrade FILE
  airlock import [--page NAME|N] [--map KEY=KIND]... [-o OUT] FILE
  airlock export [-o OUT] FILE
  airlock --version
  airlock --help

Commands:
  check     Check diagram documents (JSON, or draw.io files, detected by
            their content); `-` reads standard input
  rules     List the rules: code, name, severity, family, title
  explain   Show a rule's documentation (CODE such as EGR001, or its name)
  upgrade   Print a document in the current format (version-1 hops become
            routed data flows); what the upgrade had to choose is printed
            to standard error as notes
  import    Turn a draw.io diagram (.drawio, .xml, .drawio.svg, .drawio.png)
            into a design document; every shape or edge not understood is
            listed on standard error with its page, id, label and why
  export    Write a design as a .drawio file (AWS 2019+ shapes, zones as
            groups, the findings on a layer of their own)

Options:
  --format FORMAT   Output format: text (default), json, or sarif and
                    markdown (check only)
  --fail-on LEVEL   Exit 1 when an unsuppressed finding is at or above LEVEL:
                    critical, high, medium, low (default) or never
  --lang LANG       Language of titles, messages, fixes, rule docs and
                    errors: en, ko or ja; default from LC_ALL, LC_MESSAGES
                    or LANG (else en). Codes, ids and JSON paths are the
                    same in every language
  --page NAME|N     The draw.io page to import or check, by name or number
                    (default: the first, with a note when there are more)
  --map KEY=KIND    Read shapes with this style key (as the not-understood
                    list names it, e.g. mxgraph.aws4.fargate) or this cell
                    id as KIND (e.g. ec2-instance); repeatable
  -o, --output OUT  Write to OUT instead of standard output
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
            /// For draw.io files among them: the page and the mapping.
            drawio: drawio::Options,
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
            lang: Lang,
        },
        Upgrade {
            file: OsString,
        },
        Import {
            file: OsString,
            options: drawio::Options,
            output: Option<OsString>,
        },
        Export {
            file: OsString,
            output: Option<OsString>,
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
                print_error(&e, Lang::from_env());
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
                Some("import") => return parse_import(args),
                Some("export") => return parse_export(args),
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
        let mut drawio = drawio::Options::default();
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
                Long("page") => drawio.page = drawio::PageChoice::Named(args.value()?.string()?),
                Long("map") => drawio.map.push(parse_map(args.value()?)?),
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
            drawio,
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
        let mut lang = Lang::from_env();
        while let Some(arg) = args.next()? {
            match arg {
                Short('h') | Long("help") => return Ok(Command::Help),
                Long("lang") => lang = parse_lang(args.value()?)?,
                Value(value) if code.is_none() => code = Some(value.string()?),
                other => return Err(other.unexpected()),
            }
        }
        match code {
            Some(code) => Ok(Command::Explain { code, lang }),
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

    fn parse_import(mut args: lexopt::Parser) -> Result<Command, lexopt::Error> {
        let mut file = None;
        let mut options = drawio::Options::default();
        let mut output = None;
        while let Some(arg) = args.next()? {
            match arg {
                Short('h') | Long("help") => return Ok(Command::Help),
                Long("page") => options.page = drawio::PageChoice::Named(args.value()?.string()?),
                Long("map") => options.map.push(parse_map(args.value()?)?),
                Short('o') | Long("output") => output = Some(args.value()?),
                Value(value) if file.is_none() => file = Some(value),
                other => return Err(other.unexpected()),
            }
        }
        match file {
            Some(file) => Ok(Command::Import {
                file,
                options,
                output,
            }),
            None => Err("`airlock import` needs a draw.io FILE".into()),
        }
    }

    /// `--map KEY=KIND`.
    fn parse_map(value: OsString) -> Result<(String, Kind), lexopt::Error> {
        let value = value.string()?;
        let (key, kind) = value
            .rsplit_once('=')
            .ok_or_else(|| format!("invalid value {value:?} for --map: use KEY=KIND"))?;
        let kind = Kind::parse(kind).ok_or_else(|| {
            let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
            format!(
                "invalid kind {kind:?} in --map: use one of {}",
                kinds.join(", ")
            )
        })?;
        Ok((key.to_string(), kind))
    }

    fn parse_export(mut args: lexopt::Parser) -> Result<Command, lexopt::Error> {
        let mut file = None;
        let mut output = None;
        while let Some(arg) = args.next()? {
            match arg {
                Short('h') | Long("help") => return Ok(Command::Help),
                Short('o') | Long("output") => output = Some(args.value()?),
                Value(value) if file.is_none() => file = Some(value),
                other => return Err(other.unexpected()),
            }
        }
        match file {
            Some(file) => Ok(Command::Export { file, output }),
            None => Err("`airlock export` needs a design FILE".into()),
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
            Command::Explain { code, lang } => match rule(&code) {
                Some(r) => {
                    print(&format!("{}\n", r.doc_in(lang)))?;
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
                drawio,
                format,
                fail_on,
                lang,
            } => check(&files, &drawio, format, fail_on, lang),
            Command::Upgrade { file } => {
                let path = file.to_string_lossy().into_owned();
                let lang = Lang::from_env();
                let (_, doc) = load(&file, &drawio::Options::default(), lang)
                    .with_context(|| i18n::cannot(lang, Cannot::Upgrade, &path))?;
                print(&model::to_json(&doc))?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Import {
                file,
                options,
                output,
            } => {
                let path = file.to_string_lossy().into_owned();
                let cannot = || i18n::cannot(Lang::from_env(), Cannot::Import, &path);
                let bytes = read(&file, Lang::from_env()).with_context(cannot)?;
                let imported =
                    import(&path, &bytes, &options, Lang::from_env()).with_context(cannot)?;
                write(output.as_ref(), &model::to_json(&imported.doc))?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Export { file, output } => {
                let path = file.to_string_lossy().into_owned();
                let lang = Lang::from_env();
                let (_, doc) = load(&file, &drawio::Options::default(), lang)
                    .with_context(|| i18n::cannot(lang, Cannot::Export, &path))?;
                let report = check::run(&doc);
                write(output.as_ref(), &drawio::export(&doc, Some(&report)))?;
                Ok(ExitCode::SUCCESS)
            }
        }
    }

    /// A file that loaded, and its report.
    struct Loaded {
        path: String,
        source: Text,
        doc: Document,
        report: Report,
    }

    /// What a loaded file was, for pointing at its lines.
    enum Text {
        /// A design's JSON text.
        Json(String),
        /// A draw.io diagram: where each node's cell is.
        Drawio(Declared),
    }

    impl Text {
        fn source(&self) -> Source<'_> {
            match self {
                Text::Json(text) => Source::Json(text),
                Text::Drawio(declared) => Source::Declared(declared),
            }
        }
    }

    fn check(
        files: &[OsString],
        drawio: &drawio::Options,
        format: Format,
        fail_on: Option<Severity>,
        lang: Lang,
    ) -> anyhow::Result<ExitCode> {
        let mut loaded = Vec::new();
        let mut could_not_check = false;
        for file in files {
            let path = file.to_string_lossy().into_owned();
            match load(file, drawio, lang) {
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
                    print_error(&e.context(i18n::cannot(lang, Cannot::Check, &path)), lang);
                }
            }
        }
        let checked: Vec<Checked> = loaded
            .iter()
            .map(|l| Checked {
                path: &l.path,
                source: l.source.source(),
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

    /// Reads one file within the size limit; `-` is standard input.
    fn read(file: &OsString, lang: Lang) -> anyhow::Result<Vec<u8>> {
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
            bail!(i18n::said(lang, Said::TooLarge { limit }));
        }
        Ok(bytes)
    }

    /// Imports a draw.io file, listing on standard error every cell not
    /// understood and every choice the import made.
    fn import(
        path: &str,
        bytes: &[u8],
        options: &drawio::Options,
        lang: Lang,
    ) -> anyhow::Result<drawio::Import> {
        let imported = drawio::import(bytes, options).map_err(ImportFailed)?;
        let path = terminal_safe(path);
        for note in &imported.notes {
            eprintln!("note: {path}: {}", terminal_safe(&note.render(lang)));
        }
        for s in &imported.skipped {
            eprintln!(
                "not understood: {path}: page `{}`, cell `{}`{}: {}",
                terminal_safe(&s.page),
                terminal_safe(&s.id),
                if s.label.is_empty() {
                    String::new()
                } else {
                    format!(" ({:?})", terminal_safe(&s.label))
                },
                terminal_safe(&s.why.render(lang))
            );
        }
        if !imported.skipped.is_empty() {
            let count = imported.skipped.len();
            let said = i18n::said(lang, Said::NotUnderstood { count });
            eprintln!("note: {path}: {said}");
        }
        Ok(imported)
    }

    /// An import error, shown one problem a line like a load error.
    #[derive(Debug)]
    struct ImportFailed(drawio::ImportError);

    impl std::fmt::Display for ImportFailed {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl std::error::Error for ImportFailed {}

    /// Writes to `output`, or to standard output.
    fn write(output: Option<&OsString>, text: &str) -> anyhow::Result<()> {
        match output {
            Some(path) => std::fs::write(path, text)
                .with_context(|| format!("cannot write {}", path.to_string_lossy())),
            None => Ok(print(text)?),
        }
    }

    /// Reads and loads one document; `-` is standard input. A draw.io file
    /// (by its content) is imported, its first page by default.
    /// Migration notes are in `lang`.
    fn load(
        file: &OsString,
        options: &drawio::Options,
        lang: Lang,
    ) -> anyhow::Result<(Text, Document)> {
        let bytes = read(file, lang)?;
        if drawio::is_drawio(&bytes) {
            let imported = import(&file.to_string_lossy(), &bytes, options, lang)?;
            return Ok((Text::Drawio(imported.declared), imported.doc));
        }
        let source = String::from_utf8(bytes).context(i18n::said(lang, Said::NotUtf8))?;
        let loaded = model::load(&source)?;
        for note in &loaded.notes {
            eprintln!(
                "note: {}: {}",
                terminal_safe(&file.to_string_lossy()),
                terminal_safe(&note.render(lang))
            );
        }
        Ok((Text::Json(source), loaded.doc))
    }

    /// `error: …`, then one `  caused by: …` line per cause; a load error
    /// gives one line per problem, in `lang`.
    fn print_error(e: &anyhow::Error, lang: Lang) {
        eprintln!("error: {}", terminal_safe(&e.to_string()));
        for cause in e.chain().skip(1) {
            let lines = match (
                cause.downcast_ref::<LoadError>(),
                cause.downcast_ref::<ImportFailed>(),
            ) {
                (Some(load), _) => load.lines_in(lang),
                (_, Some(import)) => import.0.lines(),
                _ => vec![cause.to_string()],
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
