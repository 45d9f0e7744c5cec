"""The roles of the project as Django groups, their permissions and the "Redactie" workflow.

Shared by the data migration (with the historical app registry) and by the signal that attaches
the page rights and the workflow when the materialenbank page is created later, e.g. by
`load_demo`. Every step is idempotent. Beheerder is the superuser flag, not a group.
"""

from django.contrib.auth.management import create_permissions

PROJECT_WORKER = "Projectmedewerker"
EDITOR = "Prodia-redactie"
STEERING_GROUP = "Stuurgroep"
WORKFLOW_NAME = "Redactie"
TASK_NAME = "Nalezen door Prodia-redactie"

TAXONOMIES = ["coreactivity", "carephase", "educationlevel", "targetgroup"]
ALL = ["add", "change", "delete", "view"]

# group -> {(app label, model): actions}; "view" gives read-only snippet listings.
MODEL_PERMISSIONS = {
    PROJECT_WORKER: {
        ("network", "tryout"): ["add", "change", "view"],
        ("network", "meeting"): ["view"],
    },
    EDITOR: {
        **{("practices", model): ALL for model in TAXONOMIES},
        ("network", "centre"): ALL,
        ("network", "meeting"): ALL,
        ("network", "tryout"): ALL,
        ("network", "membership"): ["view"],
    },
    STEERING_GROUP: {
        **{("practices", model): ["view"] for model in TAXONOMIES},
        ("network", "centre"): ["view"],
        ("network", "meeting"): ["view"],
        ("network", "tryout"): ["view"],
        ("network", "membership"): ["view"],
    },
}
# Extra named permissions (app label, codename).
EXTRA_PERMISSIONS = {
    PROJECT_WORKER: [("wagtailadmin", "access_admin")],
    EDITOR: [("wagtailadmin", "access_admin"), ("network", "view_network_reports")],
    STEERING_GROUP: [("wagtailadmin", "access_admin"), ("network", "view_network_reports")],
}
# Page rights on the materialenbank (and so on every practice below it).
PAGE_PERMISSIONS = {
    PROJECT_WORKER: ["add_page", "change_page"],
    EDITOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
# Document rights on the root collection: project workers upload and attach materials.
DOCUMENT_PERMISSIONS = {
    PROJECT_WORKER: ["add_document", "choose_document"],
    EDITOR: ["add_document", "change_document", "delete_document", "choose_document"],
}


def permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def setup_roles(apps):
    """Create the groups with their model permissions and the Redactie workflow."""
    # In a fresh database the permissions of new models only exist after post_migrate.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in EXTRA_PERMISSIONS}
    for name, models in MODEL_PERMISSIONS.items():
        for (app_label, model), actions in models.items():
            for action in actions:
                groups[name].permissions.add(permission(apps, app_label, f"{action}_{model}"))
    for name, extra in EXTRA_PERMISSIONS.items():
        for app_label, codename in extra:
            groups[name].permissions.add(permission(apps, app_label, codename))

    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for name, codenames in DOCUMENT_PERMISSIONS.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name],
                    collection=root_collection,
                    permission=permission(apps, "wagtaildocs", codename),
                )

    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME,
            active=True,
            content_type=ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0],
        )
    task.groups.add(groups[EDITOR])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    attach_to_materialenbank(apps)


# The page trees that go through Redactie: the materialenbank and the cases.
MODERATED_INDEXES = ["PracticeIndexPage", "CaseIndexPage"]


def attach_to_materialenbank(apps):
    """Give the groups their page rights on the moderated sections and put them under Redactie."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        return
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for model_name in MODERATED_INDEXES:
        try:
            model = apps.get_model("practices", model_name)
        except LookupError:  # a migration state before that model existed
            continue
        for index in model.objects.all():
            for name, codenames in PAGE_PERMISSIONS.items():
                group = Group.objects.get(name=name)
                for codename in codenames:
                    GroupPagePermission.objects.get_or_create(
                        group=group,
                        page_id=index.pk,
                        permission=permission(apps, "wagtailcore", codename),
                    )
            WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})
