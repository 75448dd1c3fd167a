"""The Django admin over the archive: where a secretary fixes a group's short name, splits or
names a person, or corrects a row the parser got wrong, until the web pages do it better.

Lists never show the original bytes (``Original``) and defer the extracted text.
"""

from __future__ import annotations

from django.contrib import admin

from anteckna.store import models as db


@admin.register(db.Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    search_fields = ("name",)


@admin.register(db.Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ("name", "short_name", "organisation")
    search_fields = ("name", "short_name")


class AliasInline(admin.TabularInline):
    model = db.PersonAlias
    extra = 0


class MembershipInline(admin.TabularInline):
    model = db.Membership
    extra = 0


@admin.register(db.Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name",)
    search_fields = ("name", "aliases__alias")
    inlines = (AliasInline, MembershipInline)


@admin.register(db.SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ("file_name", "version", "kind", "size", "parser_version", "imported_at")
    search_fields = ("file_name", "sha256")
    exclude = ("snapshot",)
    readonly_fields = ("sha256", "size", "kind", "pages", "encoding", "previous", "version")

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return super().get_queryset(request).defer("text", "snapshot")


class AttendanceInline(admin.TabularInline):
    model = db.Attendance
    extra = 0
    fields = ("name", "person", "status", "group_label", "note", "role", "ambiguous")
    raw_id_fields = ("person",)


class ItemInline(admin.StackedInline):
    model = db.Item
    extra = 0
    fields = ("number", "title", "section", "text")


@admin.register(db.Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ("date", "title", "status")
    list_filter = ("status", "groups")
    search_fields = ("title", "source__file_name")
    date_hierarchy = "date"
    raw_id_fields = ("source",)
    inlines = (AttendanceInline, ItemInline)


class OwnerInline(admin.TabularInline):
    model = db.ActionOwner
    extra = 0
    raw_id_fields = ("person",)


@admin.register(db.Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ("text", "due", "status", "meeting")
    list_filter = ("status",)
    search_fields = ("text",)
    raw_id_fields = ("meeting", "item", "closed_in")
    inlines = (OwnerInline,)


@admin.register(db.FollowUp)
class FollowUpAdmin(admin.ModelAdmin):
    list_display = ("text", "due", "meeting", "resolved_by")
    raw_id_fields = ("meeting", "item", "resolved_by")


@admin.register(db.Correction)
class CorrectionAdmin(admin.ModelAdmin):
    """The history of corrections, to read: a correction is made through
    ``services.corrections``, which writes the change and its row together, and is never
    edited or deleted afterwards."""

    list_display = ("made_at", "meeting", "element", "item_key", "key", "field", "old_value",
                    "new_value", "user")  # fmt: skip
    list_filter = ("element", "field")
    raw_id_fields = ("meeting", "document", "user")

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False


@admin.register(db.Account)
class AccountAdmin(admin.ModelAdmin):
    """An account's role and person; the login itself (name, password, active) is Django's
    User beside it."""

    list_display = ("user", "role", "person")
    list_filter = ("role",)
    search_fields = ("user__username", "person__name")
    raw_id_fields = ("user", "person")
    list_select_related = ("user", "person")


@admin.register(db.ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """API tokens, to read: a token is made by the service that shows its secret once, and
    only its digest is stored, so there is nothing here to add or edit."""

    list_display = ("prefix", "name", "user", "created", "last_used")
    search_fields = ("prefix", "name", "user__username")
    exclude = ("digest",)
    list_select_related = ("user",)

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False
