"""The pages' forms: what a posted form must hold before a service is called with it."""
