#!/usr/bin/env python3
"""Writes tests/fixtures/people/community.json: a PET community of 12 people and 44 pages.

Each person is the main author of pages on their own topic (Dutch or English), other members add
short remarks on those pages, and some pages touch a neighbour's topic in passing, so that ranking
has to weigh shares. Questions are phrased as members ask them, often in another word form.
Run: python3 scripts/people-fixture.py
"""
import json, pathlib

P = [  # key, name, organisation, type, function, expertise, topic (nl/en words), lang
 ("anna","Anna de Vries","Ministerie van Binnenlandse Zaken en Koninkrijksrelaties","ministry","Beleidsadviseur",["homomorfe encryptie"],"homomorfe encryptie","nl"),
 ("bram","Bram Jansen","TNO","knowledge_institute","Onderzoeker",[],"secure multi-party computation","en"),
 ("chen","Chen Li","Universiteit Twente","university","Postdoc",["federated learning"],"federated learning","en"),
 ("dirk","Dirk Bakker","CBS","agency","Methodoloog",["differential privacy"],"differential privacy","en"),
 ("eva","Eva Mulder","Gemeente Utrecht","municipality","Privacy officer",["DPIA","AVG"],"gegevensbeschermingseffectbeoordeling","nl"),
 ("femke","Femke Visser","Logius","agency","Architect",[],"digitale identiteit","nl"),
 ("gijs","Gijs Smit","Ministerie van Justitie en Veiligheid","ministry","Jurist",["algoritmeregister"],"algoritmeregister","nl"),
 ("hana","Hana Yilmaz","Rijksinkoop","agency","Inkoopadviseur",["aanbesteden"],"aanbestedingen van opensourcesoftware","nl"),
 ("ivo","Ivo de Boer","Quantum Delta","company","CTO",["post-quantum cryptography"],"post-quantum cryptography","en"),
 ("jet","Jet Hendriks","Gemeente Rotterdam","municipality","Data scientist",[],"synthetische data","nl"),
 ("koen","Koen Peters","SURF","other","Adviseur",["datadelen"],"dataspaces","en"),
 ("lisa","Lisa Vos","Universiteit Leiden","university","Onderzoeker",["zorgrobots"],"zorgrobots","nl"),
]
NL = ["In onze pilot met {t} hebben we geleerd dat de voorbereiding het meeste werk is.",
      "Voor {t} is het belangrijk om vroeg juristen en securityspecialisten te betrekken.",
      "De kosten van {t} vielen lager uit dan verwacht, maar de doorlooptijd was langer.",
      "We raden aan om {t} eerst op een kleine dataset te beproeven voordat je opschaalt.",
      "Bij {t} speelt de vraag wie verantwoordelijk is voor de sleutels en de gegevens."]
EN = ["In our pilot with {t} we learned that preparation is most of the work.",
      "For {t} it matters to involve lawyers and security specialists early.",
      "The cost of {t} turned out lower than expected, but the lead time was longer.",
      "We recommend trying {t} on a small dataset before scaling up.",
      "With {t} the question is who is responsible for the keys and the data."]
KINDS_NL = ["Praktijkervaring", "Notulen werksessie", "Handreiking", "Evaluatie pilot"]
KINDS_EN = ["Field notes", "Working session minutes", "Guidance", "Pilot evaluation"]
REMARK_NL = "Aanvulling vanuit onze organisatie: we herkennen dit en willen graag meedoen aan een vervolg."
REMARK_EN = "A remark from our side: we recognise this and would like to join a follow-up."

people, pages = [], []
for i, (key, name, org, typ, fn, exp, topic, lang) in enumerate(P):
    people.append(dict(key=key, name=name, organisation=org, organisationType=typ, function=fn,
                       expertise=exp, languages=["Nederlands", "English"]))
    kinds, sentences = (KINDS_NL, NL) if lang == "nl" else (KINDS_EN, EN)
    for k in range(4 if i < 8 else 3):
        body = " ".join(s.format(t=topic) for s in sentences[k:] + sentences[:k])
        helper = P[(i + k + 1) % len(P)][0]
        neighbour = P[(i + 1) % len(P)]
        parts = [dict(author=key, text=body)]
        parts.append(dict(author=helper, text=REMARK_NL if lang == "nl" else REMARK_EN))
        if k == 1:  # a passing mention of the neighbour's topic by this author
            parts.append(dict(author=key, text=(f"Zie ook het werk over {neighbour[6]}." if lang == "nl"
                                                  else f"See also the work on {neighbour[6]}.")))
        pages.append(dict(key=f"{key}-{k}", title=f"{kinds[k]}: {topic}", lang=lang, tags=[topic.split()[0].lower()],
                          parts=parts))
pages.append(dict(key="vertrouwelijk", title="Vertrouwelijk: fraudemodel met federated learning", lang="nl",
                  tags=[], restricted=True, parts=[dict(author="dirk", text=
                  "Vertrouwelijk verslag over een fraudemodel dat met federated learning over drie diensten is getraind, met differential privacy op de modelupdates. " * 3)]))

Q = [
 ("Wie weet er meer van homomorfe encryptie?","nl","anna"),("Heeft iemand ervaring met homomorf versleutelen?","nl","anna"),
 ("Who can I ask about multi-party computation?","en","bram"),("secure multiparty computation","en","bram"),
 ("Who knows about federated learning?","en","chen"),("Anyone with experience in federated learning pilots?","en","chen"),
 ("Who can I ask about differential privacy?","en","dirk"),("Bij wie kan ik terecht voor differential privacy?","nl","dirk"),
 ("Wie kan me helpen met een DPIA?","nl","eva"),("Wie weet er meer van de gegevensbeschermingseffectbeoordeling?","nl","eva"),
 ("Wie weet er meer van digitale identiteit?","nl","femke"),("Bij wie kan ik terecht voor digitale identiteiten?","nl","femke"),
 ("Wie weet er meer van het algoritmeregister?","nl","gijs"),("Who knows about the algorithm register (algoritmeregister)?","en","gijs"),
 ("Heeft iemand ervaring met aanbesteden?","nl","hana"),("Wie weet er meer van aanbestedingen van open source software?","nl","hana"),
 ("Who can I ask about post-quantum cryptography?","en","ivo"),("quantum-safe cryptography","en","ivo"),
 ("Wie weet er meer van synthetische data?","nl","jet"),("Who knows about synthetic data (synthetische data)?","en","jet"),
 ("Who can I ask about data spaces?","en","koen"),("Wie kan me helpen met dataspaces?","nl","koen"),
 ("Wie weet er meer van zorgrobots?","nl","lisa"),("Heeft iemand ervaring met robots in de zorg (zorgrobots)?","nl","lisa"),
]
questions = [dict(q=q, lang=l, expected=e) for q, l, e in Q]
restricted = [dict(q="Wie weet er meer van een fraudemodel?", lang="nl", expected="dirk", expectedWhenRestricted=None)]
out = dict(community=dict(slug="pet-community", name="Privacy Enhancing Technologies"), people=people,
           pages=pages, questions=questions, restrictedQuestions=restricted)
path = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/people/community.json"
path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
print(f"{len(people)} people, {len(pages)} pages, {len(questions)} questions -> {path}")
