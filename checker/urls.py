"""Where things live on the site: the contract between the site, which writes these pages and anchors, and the
checker's findings, which link to them.

The site is built with `use_directory_urls: false` so the same links work from a web server and from file://.
"""

from __future__ import annotations


def procedure_page(procedure_id: str) -> str:
    return f"procedures/{procedure_id}.md"


def form_page(form_id: str) -> str:
    return f"forms/{form_id}.md"


def kind_page(kind_slug: str) -> str:
    return f"rules/{kind_slug}.md"


def audit_columns_page(procedure_id: str) -> str:
    return f"audit/{procedure_id}.md"


def rule_anchor(rule_id: str) -> str:
    return f"rule-{rule_id}"


def step_anchor(step_id: str) -> str:
    return f"step-{step_id}"


def html(page: str) -> str:
    """The built HTML path of a page's Markdown path."""
    return page[: -len(".md")] + ".html"


def procedure_url(site_url: str, procedure_id: str, anchor: str | None = None) -> str:
    """Absolute (or site-relative) link to a procedure page, at an anchor (a rule's, a step's) when given."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    return f"{base}{html(procedure_page(procedure_id))}" + (f"#{anchor}" if anchor else "")


def kind_url(site_url: str, kind_slug: str) -> str:
    base = site_url.rstrip("/") + "/" if site_url else ""
    return f"{base}{html(kind_page(kind_slug))}"
