"""Small SQL building blocks, for the readers and the checks alike (they import nothing of the catalog). Catalog
and mapping values reach queries only as parameters or quoted identifiers."""

from __future__ import annotations

from dataclasses import dataclass, field


def ident(name: str) -> str:
    """A quoted SQL identifier: any header, even `x"); DROP TABLE cases; --`, stays a name."""
    return '"' + name.replace('"', '""') + '"'


def typed(column: str) -> str:
    """Name of the parsed TIMESTAMP twin of a text column."""
    return ident(column + "__t")


def blank(column_sql: str) -> str:
    return f"({column_sql} IS NULL OR trim({column_sql}) = '')"


@dataclass
class Sql:
    """A SQL fragment with its parameters, composed without pasting values into text."""

    text: str
    params: list = field(default_factory=list)

    def __and__(self, other: "Sql") -> "Sql":
        return Sql(f"({self.text}) AND ({other.text})", self.params + other.params)


TRUE = Sql("TRUE")


@dataclass
class Projection:
    """A query around a row source, `before` + source + `after`: readers load an export through it, so the
    mapping is applied while the rows are read instead of in a second full copy."""

    before: Sql
    after: Sql

    def around(self, source: Sql) -> Sql:
        return Sql(self.before.text + source.text + self.after.text,
                   self.before.params + source.params + self.after.params)


SELECT_ALL = Projection(Sql("SELECT * FROM "), Sql(""))   # the rows as read, when a reader is given no projection
