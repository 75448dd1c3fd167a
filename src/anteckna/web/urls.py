"""The pages' routes. Paths are English and stable; what a person reads on them is translated."""

from __future__ import annotations

from django.urls import path

from anteckna.web.views import (
    agenda,
    auth,
    calendar,
    charts,
    drafts,
    editing,
    importing,
    meetings,
    people,
    planning,
    registers,
    search,
    start,
)

app_name = "web"

urlpatterns = [
    path("", start.start, name="start"),
    path("login/", auth.LoginView.as_view(), name="login"),
    path("logout/", auth.LogoutView.as_view(), name="logout"),
    path("meetings/<int:pk>/", meetings.meeting, name="meeting"),
    path("meetings/<int:pk>/original", meetings.original, name="original"),
    path("meetings/<int:pk>/edit", editing.edit, name="meeting_edit"),
    path("import/", importing.upload, name="import"),
    path("import/<uuid:batch>/", importing.preview, name="import_preview"),
    path("import/<uuid:batch>/cancel", importing.cancel, name="import_cancel"),
    path("meetings/<int:pk>/export.<str:fmt>", meetings.export, name="export"),
    path("people/", people.people, name="people"),
    path("people/<int:pk>/", people.person, name="person"),
    path("actions/", registers.actions, name="actions"),
    path("actions/<int:pk>/status", registers.action_status, name="action_status"),
    path("decisions/", registers.decisions, name="decisions"),
    path("search/", search.search, name="search"),
    path("pictures/", charts.pictures, name="pictures"),
    path("calendar/<str:token>.ics", calendar.feed, name="calendar_feed"),
    path("calendar/renew", calendar.renew, name="calendar_renew"),
    path("groups/<int:pk>/agenda", agenda.agenda, name="agenda"),
    path("groups/<int:pk>/agenda/edit", agenda.agenda_edit, name="agenda_edit"),
    path("groups/<int:pk>/agenda/request", agenda.agenda_request, name="agenda_request"),
    path("groups/<int:pk>/agenda.<str:fmt>", agenda.agenda_download, name="agenda_download"),
    path("groups/<int:pk>/planning", planning.planning, name="planning"),
    path("notes/", drafts.notes, name="notes"),
    path("notes/open", drafts.open_draft, name="open_draft"),
    path("notes/<int:pk>/", drafts.draft, name="draft"),
    path("notes/<int:pk>/autosave", drafts.autosave, name="draft_autosave"),
    path("notes/<int:pk>/finish/", drafts.finish, name="draft_finish"),
]
