"""What the audit trail hears without being called: sign-ins and sign-outs, failed sign-ins
and lockouts (django-axes), and changes to accounts, groups and permissions from anywhere
(admin, a shell, a command). Connected in ``QuestionnairesConfig.ready``.

:class:`AuditRequestMiddleware` makes the request being served known to these receivers,
so an event names who did it and from which address.
"""

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from .audit import AuditEvent, current_request, record_by_current_user, record_event
from .client_address import client_address

Action = AuditEvent.Action

#: Account fields whose change is recorded (never the password itself: only that it changed).
ACCOUNT_FIELDS = ("username", "is_active", "is_staff", "is_superuser", "password")


class AuditRequestMiddleware:
    """Makes the request known to the audit receivers while it is served."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)


def _address(request) -> dict:
    return {"address": client_address(request)} if request is not None else {}


def signed_in(sender, request, user, **kwargs):
    record_event(user, Action.SIGNED_IN, **_address(request))


def signed_out(sender, request, user, **kwargs):
    if user is not None:
        record_event(user, Action.SIGNED_OUT, **_address(request))


def sign_in_failed(sender, credentials, request=None, **kwargs):
    # The name typed, as django-axes keeps it too; never the password.
    record_event(
        None,
        Action.SIGN_IN_FAILED,
        account=str(credentials.get("username", ""))[:150],
        **_address(request),
    )


def locked_out(sender, request, username, ip_address, **kwargs):
    record_event(None, Action.LOCKED_OUT, account=str(username or "")[:150], address=ip_address)


def remember_account_before_save(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        instance._audit_before = None
        return
    instance._audit_before = sender.objects.filter(pk=instance.pk).values(*ACCOUNT_FIELDS).first()


def account_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if created:
        record_by_current_user(Action.ACCOUNT_CREATED, account=instance.get_username())
        return
    before = getattr(instance, "_audit_before", None) or {}
    changed = sorted(
        field for field in ACCOUNT_FIELDS if before.get(field) != getattr(instance, field)
    )
    if changed:  # not a sign-in's last_login, which changes nothing here
        record_by_current_user(
            Action.ACCOUNT_CHANGED, account=instance.get_username(), fields=changed
        )


def account_deleted(sender, instance, **kwargs):
    record_by_current_user(Action.ACCOUNT_DELETED, account=instance.get_username())


def group_saved(sender, instance, created, raw=False, **kwargs):
    if not raw:
        record_by_current_user(
            Action.GROUP_CHANGED, group=instance.name, change="created" if created else "saved"
        )


def group_deleted(sender, instance, **kwargs):
    record_by_current_user(Action.GROUP_CHANGED, group=instance.name, change="deleted")


CHANGES = {"post_add": "added", "post_remove": "removed", "pre_clear": "cleared"}


def memberships_changed(sender, instance, action, model, pk_set, **kwargs):
    """Users added to or removed from groups (from either side); permissions given to or
    taken from users and groups. One event per change, naming both sides."""
    if action not in CHANGES:
        return
    if action == "pre_clear":  # read what is about to go
        own, other = _through_fields(sender, type(instance), model)
        pk_set = set(sender.objects.filter(**{own: instance.pk}).values_list(other, flat=True))
    if not pk_set:
        return
    groups = sender is get_user_model().groups.through
    record_by_current_user(
        Action.GROUPS_CHANGED if groups else Action.PERMISSIONS_CHANGED,
        change=CHANGES[action],
        **{_kind(type(instance)): _name(instance)},
        **{_kind(model) + "s": sorted(_name(obj) for obj in model.objects.filter(pk__in=pk_set))},
    )


def _through_fields(through, instance_model, other_model) -> tuple[str, str]:
    """The names of the through model's two foreign keys' columns: to the instance, to the
    other side."""
    keys = {f.related_model: f.attname for f in through._meta.fields if f.is_relation}
    return keys[instance_model], keys[other_model]


def _kind(model) -> str:
    if model is get_user_model():
        return "account"
    return "group" if model is Group else "permission"


def _name(obj) -> str:
    if hasattr(obj, "get_username"):
        return obj.get_username()
    if hasattr(obj, "codename"):
        return f"{obj.content_type.app_label}.{obj.codename}"
    return obj.name


def connect() -> None:
    User = get_user_model()
    user_logged_in.connect(signed_in, dispatch_uid="audit_signed_in")
    user_logged_out.connect(signed_out, dispatch_uid="audit_signed_out")
    user_login_failed.connect(sign_in_failed, dispatch_uid="audit_sign_in_failed")
    user_locked_out.connect(locked_out, dispatch_uid="audit_locked_out")
    pre_save.connect(remember_account_before_save, sender=User, dispatch_uid="audit_pre_user")
    post_save.connect(account_saved, sender=User, dispatch_uid="audit_user_saved")
    post_delete.connect(account_deleted, sender=User, dispatch_uid="audit_user_deleted")
    post_save.connect(group_saved, sender=Group, dispatch_uid="audit_group_saved")
    post_delete.connect(group_deleted, sender=Group, dispatch_uid="audit_group_deleted")
    for through in (
        User.groups.through,
        User.user_permissions.through,
        Group.permissions.through,
    ):
        m2m_changed.connect(memberships_changed, sender=through, dispatch_uid=f"audit_{through}")
