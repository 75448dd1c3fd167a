"""Calendar feeds: the secret behind each ``/calendar/<token>.ics`` address.

A calendar program fetches a feed without logging in, so the token in the address is the only
secret. Each token belongs to one user and one scope: their own calendar (``group`` empty) or
a group's. Belonging to a user rather than being shared by a group means that renewing a link
breaks no one else's subscription, and that the feed is served only while that user may still
see what it holds (``services.feeds`` asks ``services.access`` on every request): a deactivated
account or a person who left the group gets 404, without anyone having to rotate anything.

The token is stored as it is, unlike an API token's digest, because the user's own page shows
the address again whenever they need to subscribe another device; it grants reading one
calendar and nothing else.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from anteckna.store.models.directory import Group


class CalendarFeed(models.Model):
    """One user's link to their own calendar (``group`` empty) or to one group's."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="anteckna_feeds"
    )
    group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.CASCADE, related_name="feeds"
    )
    token = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=["user"], condition=Q(group__isnull=True), name="feed_own_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "group"], condition=Q(group__isnull=False), name="feed_group_unique"
            ),
        )

    def __str__(self) -> str:
        return f"{self.user_id}: {self.group_id or 'own'} ({self.token[:6]}…)"
