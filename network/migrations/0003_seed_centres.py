from django.db import migrations

# (name, slug, net, province, region type, anchor)
CENTRES = [
    ("Vrij CLB De Wissel Antwerpen", "vrij-clb-de-wissel-antwerpen", "vrij", "antwerpen", "grootstedelijk", True),
    ("CLB N-Brussel", "clb-n-brussel", "ovsg", "brussel", "grootstedelijk", True),
    ("GO! CLB Limburg Noord Adite", "go-clb-limburg-noord-adite", "go", "limburg", "landelijk", True),
    ("Vrij CLB Waas en Dender", "vrij-clb-waas-en-dender", "vrij", "oost-vlaanderen", "stedelijk", True),
    ("Vrij CLB Westhoek-Houtland", "vrij-clb-westhoek-houtland", "vrij", "west-vlaanderen", "landelijk", True),
    ("Vrij CLB Kempen", "vrij-clb-kempen", "vrij", "antwerpen", "landelijk", False),
    ("Vrij CLB Mechelen-Rupel", "vrij-clb-mechelen-rupel", "vrij", "antwerpen", "stedelijk", False),
    ("Vrij CLB Regio Gent", "vrij-clb-regio-gent", "vrij", "oost-vlaanderen", "grootstedelijk", False),
    ("Vrij CLB Meetjesland", "vrij-clb-meetjesland", "vrij", "oost-vlaanderen", "landelijk", False),
    ("Vrij CLB Leuven", "vrij-clb-leuven", "vrij", "vlaams-brabant", "stedelijk", False),
    ("Vrij CLB Halle-Vilvoorde", "vrij-clb-halle-vilvoorde", "vrij", "vlaams-brabant", "stedelijk", False),
    ("Vrij CLB Limburg", "vrij-clb-limburg", "vrij", "limburg", "stedelijk", False),
    ("Vrij CLB Brugge", "vrij-clb-brugge", "vrij", "west-vlaanderen", "stedelijk", False),
    ("Vrij CLB Zuid-West-Vlaanderen", "vrij-clb-zuid-west-vlaanderen", "vrij", "west-vlaanderen", "stedelijk", False),
    ("Vrij CLB Brussel", "vrij-clb-brussel", "vrij", "brussel", "grootstedelijk", False),
    ("GO! CLB Antwerpen", "go-clb-antwerpen", "go", "antwerpen", "grootstedelijk", False),
    ("GO! CLB Kempen", "go-clb-kempen", "go", "antwerpen", "landelijk", False),
    ("GO! CLB Gent", "go-clb-gent", "go", "oost-vlaanderen", "grootstedelijk", False),
    ("GO! CLB Dender", "go-clb-dender", "go", "oost-vlaanderen", "stedelijk", False),
    ("GO! CLB Vlaams-Brabant Oost", "go-clb-vlaams-brabant-oost", "go", "vlaams-brabant", "landelijk", False),
    ("GO! CLB Brussel", "go-clb-brussel", "go", "brussel", "grootstedelijk", False),
    ("GO! CLB Limburg Zuid", "go-clb-limburg-zuid", "go", "limburg", "stedelijk", False),
    ("GO! CLB Brugge-Oostende", "go-clb-brugge-oostende", "go", "west-vlaanderen", "stedelijk", False),
    ("GO! CLB Kortrijk-Roeselare", "go-clb-kortrijk-roeselare", "go", "west-vlaanderen", "stedelijk", False),
    ("Stedelijk CLB Antwerpen", "stedelijk-clb-antwerpen", "ovsg", "antwerpen", "grootstedelijk", False),
    ("CLB Stad Gent", "clb-stad-gent", "ovsg", "oost-vlaanderen", "grootstedelijk", False),
    ("Stedelijk CLB Leuven", "stedelijk-clb-leuven", "ovsg", "vlaams-brabant", "stedelijk", False),
    ("Stedelijk CLB Genk", "stedelijk-clb-genk", "ovsg", "limburg", "stedelijk", False),
    ("Provinciaal CLB Antwerpen", "provinciaal-clb-antwerpen", "pov", "antwerpen", "stedelijk", False),
    ("Provinciaal CLB Oost-Vlaanderen", "provinciaal-clb-oost-vlaanderen", "pov", "oost-vlaanderen", "landelijk", False),
    ("Provinciaal CLB Limburg", "provinciaal-clb-limburg", "pov", "limburg", "landelijk", False),
    ("Provinciaal CLB West-Vlaanderen", "provinciaal-clb-west-vlaanderen", "pov", "west-vlaanderen", "landelijk", False),
]


def seed(apps, schema_editor):
    Centre = apps.get_model("network", "Centre")
    for name, slug, net, province, region_type, is_anchor in CENTRES:
        Centre.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "net": net,
                "province": province,
                "region_type": region_type,
                "is_anchor": is_anchor,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("network", "0002_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
