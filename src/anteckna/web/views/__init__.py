"""Views, one module per page family; each calls the services and renders one template."""
