"""The catalog: typed model of procedures and forms, its loader and its lint."""

from .loader import Catalog, CatalogError, Problem, load_catalog, load_catalog_with_problems
from .model import *  # noqa: F401,F403 - the model is the package's vocabulary

__all__ = ["Catalog", "CatalogError", "Problem", "load_catalog", "load_catalog_with_problems"]
