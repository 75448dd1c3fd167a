"""The use cases: the only code that writes to the archive, and the one door every skin (CLI,
web, API) goes through. Each module is one family of use cases; each needs Django set up
(``anteckna.site.setup()``) before it is imported."""
