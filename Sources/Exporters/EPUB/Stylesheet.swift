/// The book's one stylesheet: serif body text at the reader's size, modest headings, no fixed
/// widths or colours that fight an e-reader's night mode, long words allowed to wrap.
enum Stylesheet {
    static let fileName = "style.css"

    static let css = """
        body { margin: 0 5%; font-family: serif; line-height: 1.45; overflow-wrap: break-word; word-wrap: break-word; }
        h1, h2, h3 { font-family: sans-serif; line-height: 1.2; page-break-after: avoid; break-after: avoid; }
        h1 { font-size: 1.5em; margin: 1em 0 0.4em; }
        h2 { font-size: 1.15em; margin: 1.2em 0 0.4em; }
        h3 { font-size: 1em; margin: 1em 0 0.3em; }
        p { margin: 0; text-indent: 1.2em; text-align: left; }
        p.first, header p, aside p, .cover p, .masthead p, .colophon p { text-indent: 0; }
        header p, .kicker { font-family: sans-serif; font-size: 0.8em; color: #555; margin: 0.2em 0; }
        .kicker { text-transform: uppercase; letter-spacing: 0.05em; text-indent: 0; }
        a { color: inherit; }
        ul.contents a { text-decoration: none; }
        header a { word-break: break-all; }
        article header { margin-bottom: 1em; border-bottom: 1px solid #999; padding-bottom: 0.5em; }
        aside.also { margin-top: 1.5em; border-top: 1px solid #999; font-size: 0.9em; }
        aside.also h2 { font-size: 1em; }
        ul.contents, ul.also, ul.entries { list-style: none; padding: 0; margin: 0; }
        ul.contents li, ul.also li { margin: 0.3em 0; }
        ul.entries li { margin: 0.15em 0; padding-left: 1.5em; text-indent: -1.5em; }
        .entry { font-weight: bold; }
        .number { font-family: sans-serif; font-size: 0.8em; color: #555; }
        .cover { text-align: center; }
        .cover h1 { font-size: 2.4em; margin-top: 30%; }
        .cover p { font-family: sans-serif; margin: 0.5em 0; text-align: center; }
        .cover .rule { margin: 1.5em auto; width: 30%; border-top: 2px solid #333; }
        dl { margin: 0.5em 0; }
        dt { font-family: sans-serif; font-weight: bold; font-size: 0.85em; margin-top: 0.6em; }
        dd { margin: 0 0 0 1.5em; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
        th, td { text-align: left; vertical-align: top; padding: 0.2em 0.4em; border-bottom: 1px solid #ccc; }
        figure { margin: 1em 0; text-align: center; }
        figure img { max-width: 100%; }
        figcaption { font-size: 0.8em; font-family: sans-serif; }

        """
}
