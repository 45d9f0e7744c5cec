"""`make load`: visitors of the materialenbank against the production configuration.

Each simulated visitor reads like a person: the home page, searches and filters in the
materialenbank, opens practices and downloads materials, with a short pause between requests.
"""

import random
import re

from locust import HttpUser, between, task

SEARCH_TERMS = ["HGD", "consultatie", "ouders", "kleuter", "zorgcontinuüm", "ICF", "verslag"]
FILTERS = [
    {"kernactiviteit": "handelingsgerichte-diagnostiek"},
    {"fase": "fase-1"},
    {"niveau": "lager-gewoon"},
    {"kernactiviteit": "consultatieve-leerlingenbegeleiding", "fase": "fase-0"},
]
PRACTICE_LINK = re.compile(r'href="(/materialenbank/[a-z0-9-]+/)"')
DOCUMENT_LINK = re.compile(r'href="(/documenten/\d+/[^"]+)"')


class Visitor(HttpUser):
    wait_time = between(0.5, 1.5)

    def on_start(self):
        listing = self.client.get("/materialenbank/", name="materialenbank").text
        self.practices = sorted(set(PRACTICE_LINK.findall(listing))) or ["/materialenbank/"]
        self.documents = []

    @task(2)
    def home(self):
        self.client.get("/", name="home")

    @task(4)
    def search(self):
        params = dict(random.choice(FILTERS))
        if random.random() < 0.6:
            params["q"] = random.choice(SEARCH_TERMS)
        self.client.get("/materialenbank/", params=params, name="materialenbank (zoeken)")

    @task(1)
    def listing_page_two(self):
        self.client.get("/materialenbank/", params={"page": 2}, name="materialenbank (pagina 2)")

    @task(4)
    def practice(self):
        html = self.client.get(random.choice(self.practices), name="praktijk").text
        self.documents = DOCUMENT_LINK.findall(html) or self.documents

    @task(2)
    def download(self):
        if self.documents:
            self.client.get(random.choice(self.documents), name="download")
