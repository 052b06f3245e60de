"""ssb-desktop: welfare procurement, evaluation, awards, contracts and subsidies."""

__version__ = "0.1.0"
