"""Site renderers: plain functions from the catalog model to Markdown/SVG, wired into MkDocs by a thin hook."""
