from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path

from questionnaires import outage

admin.site.site_header = "Casework Guide administration"
admin.site.site_title = "Casework Guide admin"

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    # For the load balancer: no sign-in, no session.
    path("healthz", login_not_required(outage.healthz), name="healthz"),
    path("readyz", login_not_required(outage.readyz), name="readyz"),
    path("", include("questionnaires.urls")),
]

handler400 = "questionnaires.outage.bad_request"
handler500 = "questionnaires.outage.server_error"
