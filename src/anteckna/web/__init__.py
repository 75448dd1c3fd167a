"""The web pages: server-rendered Django templates over the services, one views module per
page family (``views/``), Swedish first through gettext (``locale/sv``), no JavaScript."""
