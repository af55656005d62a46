from django.urls import path

from . import views, workflow_views
from .documents import views as documents

app_name = "questionnaires"

urlpatterns = [
    path("", views.home, name="home"),
    path("cases/", views.case_list, name="case_list"),
    path("cases/<uuid:pk>/", views.case_detail, name="case"),
    path("cases/<uuid:pk>/pdf/", views.case_pdf, name="case_pdf"),
    path("cases/<uuid:pk>/amend/", views.case_amend, name="case_amend"),
    path(
        "cases/<uuid:pk>/send-for-review/",
        workflow_views.send_for_review,
        name="case_send_for_review",
    ),
    path("cases/<uuid:pk>/review/", workflow_views.review_decision, name="case_review"),
    path(
        "cases/<uuid:pk>/documents/<slug:kind>/",
        documents.document_details,
        name="document_details",
    ),
    path(
        "cases/<uuid:pk>/documents/<slug:kind>/<str:file_format>/",
        documents.document_download,
        name="document_download",
    ),
    path("review/", workflow_views.review_queue, name="review_queue"),
    path("deadlines/", workflow_views.deadline_list, name="deadlines"),
    path("deadlines/<uuid:pk>/done/", workflow_views.deadline_done, name="deadline_done"),
    path("calendar/", workflow_views.calendar_settings, name="calendar"),
    path("calendar/<str:token>.ics", workflow_views.calendar_feed, name="calendar_feed"),
    path("sources/notes/<slug:slug>/", views.authority_note, name="note"),
    path("sources/<slug:slug>/", views.source_document, name="source"),
    path("q/<slug:slug>/start/", views.start, name="start"),
    path("q/<slug:slug>/<uuid:intake>/", views.wizard, name="resume"),
    path("q/<slug:slug>/<uuid:intake>/<slug:step>/", views.wizard, name="step"),
]
