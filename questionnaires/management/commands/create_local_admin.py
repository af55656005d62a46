import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "On a new installation with no administrator, create one called 'admin' with a random "
        "password, printed once. Does nothing if an administrator exists."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("An administrator account exists already; sign in with it.")
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username="admin", email="", password=password)
        self.stdout.write(
            "\nCreated the administrator account for this machine. It is shown only once:\n"
            f"  username: admin\n  password: {password}\n"
            "Sign in at http://127.0.0.1:8000/ and add staff accounts under Admin > Users.\n"
        )
