"""The JSON API at ``/api/``: django-ninja routers over the same services as the pages.

One router per resource (``meetings``, ``people``, ``actions``, ``search``), the shapes in
``schemas``, who is asking in ``auth``, refusals in ``errors``; ``app`` puts them together and
``site.urls`` mounts it. The OpenAPI description is public at ``/api/openapi.json``.
"""
