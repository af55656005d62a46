from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.urls import include, path, reverse

from questionnaires import outage, two_factor

admin.site.site_header = "Casework Guide administration"
admin.site.site_title = "Casework Guide admin"


@login_not_required
def admin_sign_in(request, extra_context=None):
    """Django admin signs in through the app's own pages, second factor included: its own
    sign-in form is never shown, and a password posted to it signs no one in."""
    return redirect_to_login(request.GET.get("next") or reverse("admin:index"))


admin.site.login = admin_sign_in


urlpatterns = [
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("login/code/", two_factor.verify, name="two_factor_verify"),
    path("login/set-up-code/", two_factor.setup, name="two_factor_setup"),
    path("login/recovery-codes/", two_factor.recovery_codes, name="two_factor_recovery_codes"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    # For the load balancer: no sign-in, no session.
    path("healthz", login_not_required(outage.healthz), name="healthz"),
    path("readyz", login_not_required(outage.readyz), name="readyz"),
    # The JSON API for case-management systems: tokens only (questionnaires/api).
    path("api/", include("questionnaires.api.urls")),
    path("", include("questionnaires.urls")),
]

handler400 = "questionnaires.outage.bad_request"
handler500 = "questionnaires.outage.server_error"
