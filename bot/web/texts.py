"""The web pages' words in English, French and German, the refusals of a query included,
and the choice of language. Pure."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "site": "pledgewatch", "tagline": "Military aid to Ukraine as the news reports it, updated as feeds are polled",
        "nav_pledges": "Pledges", "nav_totals": "Totals", "nav_donors": "Donors", "nav_stories": "Stories",
        "pledges_title": "Pledges", "totals_title": "Totals", "stories_title": "Stories",
        "count": "{count} pledges", "count_one": "{count} pledge", "count_others": ", and {count} discussed or refused",
        "count_others_one": ", and {count} discussed or refused",
        "count_not_committed": "{count} discussed or refused, not pledged",
        "count_not_committed_one": "{count} discussed or refused, not pledged", "count_stories": "{count} stories",
        "count_stories_one": "{count} story",
        "filters": "Filters", "remove": "remove filter", "all_time": "all time", "period": "Period",
        "status": "Status", "category": "Category", "filter_words": "Filter words", "apply": "Show",
        "date": "Date (UTC)", "donor": "Donor", "item": "Item and system", "quantity": "Quantity", "value": "Value",
        "evidence": "Evidence", "sources": "Sources", "none": "No pledges match these filters.",
        "none_yet": "No pledges recorded yet: they appear here as the feeds are polled.",
        "no_stories_yet": "No stories recorded yet: they appear here as the feeds are polled.",
        "past_end": "There is no page {page}: this view ends at page {pages}.", "go_to_page": "Go to page {page}",
        "unavailable_title": "Unavailable", "unavailable": "The database cannot be read just now; try again later.",
        "page": "page {page} of {pages}", "previous": "previous", "next": "next",
        "downloads": "This view as", "feed": "Atom feed of new pledges", "feed_title": "pledgewatch: new pledges",
        "by_donor": "Pledges by donor", "by_category": "Pledges by category", "by_status": "All reports by status",
        "money": "Money committed, per currency (never converted, never added to counts)",
        "commitments_note": "Pledges count what was pledged, delivered or ordered from industry; refusals and talks "
                            "are counted by status only.",
        "pledges_col": "pledges", "units_col": "units", "currency": "Currency", "sum": "Sum",
        "no_stories": "No stories in this period.", "outlets": "{count} outlets", "outlets_one": "{count} outlet",
        "more_sources": "and {count} more", "more_sources_one": "and {count} more",
        "first_seen": "first seen", "bad_request": "Bad request", "not_found": "Page not found",
        "sort_by": "sort by {column}",
        "chart_pledges": "pledges", "legend": "Categories",
        "period_7d": "7 days", "period_30d": "30 days", "period_6m": "6 months", "period_1y": "1 year",
        # A refused query (params.BadRequest): what is wrong, then what the parameters accept.
        "colon": ": ",
        "accepts_q": "filter words as for /pledges, in any order: a donor (germany, allemagne, DE), a category "
                     "(air defence, tanks, défense aérienne), a system (patriot, \"leopard 2\"), a status (pledged, "
                     "delivered, ordered, discussed, refused) and a period (30d, 12w, 6m, 1y, or 30 days) or a year "
                     "(2025, its days); at most {max_chars} characters",
        "accepts_sort": "one of {sorts}", "accepts_page": "a page number from 1 to {max_page}",
        "accepts_lang": "en, fr or de",
        "refused_unknown": "unknown parameter {name}. Accepted: {accepts}",
        "refused_repeated": "parameter {name} given {count} times; give it once. {accepts}",
        "refused_too_long": "parameter {name} is too long. {accepts}",
        "refused_chat_words": "q: 'summary' and 'chart' are chat words; here they are the Totals page. {accepts}",
        "refused_period_range": "q: period {word} is out of range: at least one day, at most {max_years} years. "
                                "{accepts}",
        "refused_one_donor": "q: only one donor filter at a time ({word}). {accepts}",
        "refused_one_category": "q: only one category filter at a time ({word}). {accepts}",
        "refused_one_system": "q: only one system filter at a time ({word}). {accepts}",
        "refused_one_status": "q: only one status filter at a time ({word}). {accepts}",
        "refused_one_period": "q: only one period filter at a time ({word}). {accepts}",
        "refused_not_understood": "q: filter {word} not understood. {accepts}",
        "refused_not_understood_close": "q: filter {word} not understood: did you mean {close}? {accepts}",
        "refused_look_alike": "q: filter {word} not understood (it mixes scripts: {mixed}). {accepts}",
        "refused_value": "{name}: {value} not accepted. {accepts}",
        "refused_query_too_long": "query longer than {max_query} characters",
    },
    "fr": {
        "site": "pledgewatch", "tagline": "L'aide militaire à l'Ukraine telle que la presse la rapporte, "
                                          "mise à jour à chaque relève des flux",
        "nav_pledges": "Promesses", "nav_totals": "Totaux", "nav_donors": "Donateurs", "nav_stories": "Articles",
        "pledges_title": "Promesses", "totals_title": "Totaux", "stories_title": "Articles",
        "count": "{count} promesses", "count_one": "{count} promesse",
        "count_others": ", et {count} discutées ou refusées", "count_others_one": ", et {count} discutée ou refusée",
        "count_not_committed": "{count} discutées ou refusées, non promises",
        "count_not_committed_one": "{count} discutée ou refusée, non promise", "count_stories": "{count} articles",
        "count_stories_one": "{count} article",
        "filters": "Filtres", "remove": "retirer le filtre", "all_time": "tout", "period": "Période",
        "status": "Statut", "category": "Catégorie", "filter_words": "Mots de filtre", "apply": "Afficher",
        "date": "Date (UTC)", "donor": "Donateur", "item": "Matériel et système", "quantity": "Quantité",
        "value": "Montant", "evidence": "Phrase source", "sources": "Sources",
        "none": "Aucune promesse ne correspond à ces filtres.",
        "none_yet": "Aucune promesse enregistrée pour l'instant : elles apparaissent ici à mesure que les flux "
                    "sont relevés.",
        "no_stories_yet": "Aucun article enregistré pour l'instant : ils apparaissent ici à mesure que les flux "
                          "sont relevés.",
        "past_end": "Il n'y a pas de page {page} : cette vue s'arrête à la page {pages}.",
        "go_to_page": "Aller à la page {page}", "unavailable_title": "Indisponible",
        "unavailable": "La base de données ne peut pas être lue pour l'instant ; réessayez plus tard.",
        "page": "page {page} sur {pages}", "previous": "précédente", "next": "suivante",
        "downloads": "Cette vue en", "feed": "Flux Atom des nouvelles promesses",
        "feed_title": "pledgewatch : nouvelles promesses",
        "by_donor": "Promesses par donateur", "by_category": "Promesses par catégorie",
        "by_status": "Tous les signalements par statut",
        "money": "Montants engagés, par devise (jamais convertis, jamais ajoutés aux nombres)",
        "commitments_note": "Les promesses comptent ce qui est promis, livré ou commandé à l'industrie ; refus et "
                            "discussions ne sont comptés que par statut.",
        "pledges_col": "promesses", "units_col": "unités", "currency": "Devise", "sum": "Somme",
        "no_stories": "Aucun article sur cette période.", "outlets": "{count} médias", "outlets_one": "{count} média",
        "more_sources": "et {count} autres", "more_sources_one": "et {count} autre",
        "first_seen": "vu le", "bad_request": "Requête refusée", "not_found": "Page introuvable",
        "sort_by": "trier par {column}",
        "chart_pledges": "promesses", "legend": "Catégories",
        "period_7d": "7 jours", "period_30d": "30 jours", "period_6m": "6 mois", "period_1y": "1 an",
        "colon": " : ",
        "accepts_q": "des mots de filtre comme pour /pledges, dans n'importe quel ordre : un donateur (germany, "
                     "allemagne, DE), une catégorie (défense aérienne, chars, air defence), un système (patriot, "
                     "\"leopard 2\"), un statut (promis, livré, commandé, discuté, refusé) et une période (30d, 12w, "
                     "6m, 1y, ou 30 jours) ou une année (2025, ses jours) ; au plus {max_chars} caractères",
        "accepts_sort": "l'un de {sorts}", "accepts_page": "un numéro de page de 1 à {max_page}",
        "accepts_lang": "en, fr ou de",
        "refused_unknown": "paramètre inconnu {name}. Acceptés : {accepts}",
        "refused_repeated": "paramètre {name} donné {count} fois ; donnez-le une seule fois. {accepts}",
        "refused_too_long": "paramètre {name} trop long. {accepts}",
        "refused_chat_words": "q : « summary » et « chart » sont des mots du chat ; ici, c'est la page Totaux. "
                              "{accepts}",
        "refused_period_range": "q : la période {word} est hors limites : au moins un jour, au plus {max_years} ans. "
                                "{accepts}",
        "refused_one_donor": "q : un seul filtre par donateur à la fois ({word}). {accepts}",
        "refused_one_category": "q : un seul filtre par catégorie à la fois ({word}). {accepts}",
        "refused_one_system": "q : un seul filtre par système à la fois ({word}). {accepts}",
        "refused_one_status": "q : un seul filtre par statut à la fois ({word}). {accepts}",
        "refused_one_period": "q : un seul filtre par période à la fois ({word}). {accepts}",
        "refused_not_understood": "q : filtre {word} non compris. {accepts}",
        "refused_not_understood_close": "q : filtre {word} non compris : vouliez-vous dire {close} ? {accepts}",
        # The scripts and the letter are named as Unicode names them, in English.
        "refused_look_alike": "q : filtre {word} non compris (il mêle des écritures : {mixed}). {accepts}",
        "refused_value": "{name} : {value} non accepté. {accepts}",
        "refused_query_too_long": "requête de plus de {max_query} caractères",
    },
    "de": {
        "site": "pledgewatch", "tagline": "Militärhilfe für die Ukraine, wie die Presse darüber berichtet, "
                                          "aktualisiert bei jedem Abruf der Feeds",
        "nav_pledges": "Zusagen", "nav_totals": "Summen", "nav_donors": "Alle Geber", "nav_stories": "Meldungen",
        "pledges_title": "Zusagen", "totals_title": "Summen", "stories_title": "Meldungen",
        "count": "{count} Zusagen", "count_one": "{count} Zusage",
        "count_others": ", dazu {count} erörtert oder abgelehnt",
        "count_others_one": ", dazu {count} erörtert oder abgelehnt",
        "count_not_committed": "{count} erörtert oder abgelehnt, nicht zugesagt",
        "count_not_committed_one": "{count} erörtert oder abgelehnt, nicht zugesagt",
        "count_stories": "{count} Meldungen", "count_stories_one": "{count} Meldung",
        "filters": "Filter", "remove": "Filter entfernen", "all_time": "gesamter Zeitraum", "period": "Zeitraum",
        "status": "Status", "category": "Kategorie", "filter_words": "Filterwörter", "apply": "Anzeigen",
        "date": "Datum (UTC)", "donor": "Geber", "item": "Gerät und System", "quantity": "Menge", "value": "Betrag",
        "evidence": "Belegsatz", "sources": "Quellen", "none": "Keine Zusagen passen zu diesen Filtern.",
        "none_yet": "Noch keine Zusagen erfasst: Sie erscheinen hier, sobald die Feeds abgerufen werden.",
        "no_stories_yet": "Noch keine Meldungen erfasst: Sie erscheinen hier, sobald die Feeds abgerufen werden.",
        "past_end": "Es gibt keine Seite {page}: Diese Ansicht endet mit Seite {pages}.",
        "go_to_page": "Zu Seite {page}", "unavailable_title": "Nicht verfügbar",
        "unavailable": "Die Datenbank kann gerade nicht gelesen werden; versuchen Sie es später noch einmal.",
        "page": "Seite {page} von {pages}", "previous": "zurück", "next": "weiter",
        "downloads": "Diese Ansicht als", "feed": "Atom-Feed neuer Zusagen",
        "feed_title": "pledgewatch: neue Zusagen",
        "by_donor": "Zusagen nach Geber", "by_category": "Zusagen nach Kategorie",
        "by_status": "Alle Meldungen nach Status",
        "money": "Zugesagte Beträge, nach Währung (nie umgerechnet, nie zu den Anzahlen addiert)",
        "commitments_note": "Als Zusagen zählt, was zugesagt, geliefert oder bei der Industrie bestellt wurde; "
                            "Ablehnungen und Gespräche werden nur nach Status gezählt.",
        "pledges_col": "Zusagen", "units_col": "Stück", "currency": "Währung", "sum": "Summe",
        "no_stories": "Keine Meldungen in diesem Zeitraum.", "outlets": "{count} Medien",
        "outlets_one": "{count} Medium",
        "more_sources": "und {count} weitere", "more_sources_one": "und {count} weitere",
        "first_seen": "zuerst gesehen", "bad_request": "Ungültige Anfrage", "not_found": "Seite nicht gefunden",
        "sort_by": "nach {column} sortieren",
        "chart_pledges": "Zusagen", "legend": "Kategorien",
        "period_7d": "7 Tage", "period_30d": "30 Tage", "period_6m": "6 Monate", "period_1y": "1 Jahr",
        "colon": ": ",
        "accepts_q": "Filterwörter wie bei /pledges, in beliebiger Reihenfolge: ein Geber (deutschland, germany, "
                     "DE), eine Kategorie (luftverteidigung, panzer, air defence), ein System (patriot, "
                     "\"leopard 2\"), ein Status (zugesagt, geliefert, bestellt, erörtert, abgelehnt) und ein "
                     "Zeitraum (30d, 12w, 6m, 1y oder 30 Tage) oder ein Jahr (2025, seine Tage); höchstens {max_chars} "
                     "Zeichen",
        "accepts_sort": "eines von {sorts}", "accepts_page": "eine Seitenzahl von 1 bis {max_page}",
        "accepts_lang": "en, fr oder de",
        "refused_unknown": "unbekannter Parameter {name}. Möglich: {accepts}",
        "refused_repeated": "Parameter {name} {count}-mal angegeben; geben Sie ihn einmal an. {accepts}",
        "refused_too_long": "Parameter {name} ist zu lang. {accepts}",
        "refused_chat_words": "q: „summary“ und „chart“ sind Chat-Wörter; hier ist das die Seite Summen. "
                              "{accepts}",
        "refused_period_range": "q: Zeitraum {word} liegt außerhalb des Bereichs: mindestens ein Tag, höchstens "
                                "{max_years} Jahre. {accepts}",
        "refused_one_donor": "q: nur ein Geber-Filter auf einmal ({word}). {accepts}",
        "refused_one_category": "q: nur ein Kategorie-Filter auf einmal ({word}). {accepts}",
        "refused_one_system": "q: nur ein System-Filter auf einmal ({word}). {accepts}",
        "refused_one_status": "q: nur ein Status-Filter auf einmal ({word}). {accepts}",
        "refused_one_period": "q: nur ein Zeitraum-Filter auf einmal ({word}). {accepts}",
        "refused_not_understood": "q: Filter {word} nicht verstanden. {accepts}",
        "refused_not_understood_close": "q: Filter {word} nicht verstanden: Meinten Sie {close}? {accepts}",
        "refused_look_alike": "q: Filter {word} nicht verstanden (er mischt Schriftsysteme: {mixed}). {accepts}",
        "refused_value": "{name}: {value} nicht möglich. {accepts}",
        "refused_query_too_long": "Anfrage länger als {max_query} Zeichen",
    },
}

# The page of one pledge, of one story, the delivered share on Totals, and the words that
# make the pages readable without sight or colour (hidden link ends, table captions).
_RECORD_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "record_col": "Record", "pledge_link": "Pledge {id}", "pledge_title": "Pledge {id}",
        "first_reported": "First reported (UTC)", "system": "System", "item_written": "Item as written",
        "shared_with": "Shared with", "story": "Story", "status_col": "Status",
        "steps_title": "Status over time",
        "steps_note_system": "The first report of each status of {donors} {system} ({category}) in the news the "
                             "bot read, across every story.",
        "steps_note_story": "The first report of each status of {donors} {category} in this story, in the news "
                            "the bot read (with no system named, other stories are not counted as the same thing).",
        "first_record": "First record", "records_col": "Records", "this_pledge": "this pledge",
        "reports_title": "Reports", "reports": "{count} articles reported it",
        "reports_one": "{count} article reported it",
        "published_col": "Published (UTC)", "outlet_col": "Outlet", "title_col": "Title", "language_col": "Language",
        "read_col": "Read by the bot", "evidence_not_kept": "(not kept: stored before reports kept their own)",
        "evidence_of_record": "Evidence sentence (first report)",
        "reports_more": "the first {shown} of {count} are listed",
        "all_of_donor": "All pledges of {the_donor}", "all_stories": "All stories",
        "unknown_pledge": "No pledge has the number {id}. Two records of one pledge become one when two stories "
                          "turn out to be the same, so an old link may name one that is gone.",
        "unknown_story": "No story has the number {id}.",
        "articles_count": "{count} articles", "articles_count_one": "{count} article",
        "languages_count": "{count} languages", "languages_count_one": "{count} language",
        "languages_title": "Languages", "outlets_title": "Outlets", "articles_title": "Articles",
        "story_pledges_title": "Pledges in this story", "no_story_pledges": "No pledge was read in this story.",
        "outlets_more": "and {count} more outlets", "outlets_more_one": "and {count} more outlet",
        "unknown_language": "not given", "story_dates": "First seen {seen}; published {published}.",
        "story_seen": "First seen {seen}.",
        "delivery_title": "Pledged and reported delivered, per donor",
        "delivery_note": "“Reported delivered” counts the records that the news the bot read reported as "
                         "delivered: it is not an official figure. A delivery reported after its pledge is two "
                         "records (one pledged, one delivered), and a delivery no article reported is missing, so "
                         "the delivered share may understate what arrived.",
        "delivery_caption": "Commitments and reported deliveries per donor and category: records and units",
        "delivery_money_caption": "Money committed and reported delivered per donor, per currency (never converted)",
        "committed_col": "Committed records", "delivered_col": "Reported delivered", "share_col": "Delivered share",
        "units_committed_col": "Units committed", "units_delivered_col": "Units reported delivered",
        "money_committed_col": "Committed", "money_delivered_col": "Reported delivered",
        "all_categories": "all categories",
        "remove_what": "remove filter: {what}", "pledges_caption": "Pledges: {count}, {page}",
        "totals_donor_caption": "Pledges by donor: records and units", "totals_category_caption":
            "Pledges by category: records and units", "totals_status_caption": "All reports by status",
        "totals_money_caption": "Money committed per currency", "chart_in_table": "The chart's figures are in the "
                                                                                "table below.",
        "to_list": " (list of pledges)",
        "accepts_id": "a record number, a whole number from 1 to {max_id}",
        "refused_record_id": "{value} is not a record number. {accepts}",
    },
    "fr": {
        "record_col": "Fiche", "pledge_link": "Promesse {id}", "pledge_title": "Promesse {id}",
        "first_reported": "Premier signalement (UTC)", "system": "Système", "item_written": "Matériel tel qu'écrit",
        "shared_with": "Partagé avec", "story": "Sujet", "status_col": "Statut",
        "steps_title": "Statut au fil du temps",
        "steps_note_system": "Le premier signalement de chaque statut de {system} ({category}), donateur : {donor}, "
                             "dans la presse lue par le bot, tous sujets confondus.",
        "steps_note_story": "Le premier signalement de chaque statut de {category}, donateur : {donor}, dans ce "
                            "sujet, dans la presse lue par le bot (sans système nommé, les autres sujets ne sont "
                            "pas comptés comme la même chose).",
        "first_record": "Première fiche", "records_col": "Fiches", "this_pledge": "cette promesse",
        "reports_title": "Signalements", "reports": "{count} articles l'ont rapportée",
        "reports_one": "{count} article l'a rapportée",
        "published_col": "Publié (UTC)", "outlet_col": "Média", "title_col": "Titre", "language_col": "Langue",
        "read_col": "Lu par le bot", "evidence_not_kept": "(non conservée : enregistré avant que chaque "
                                                          "signalement garde la sienne)",
        "evidence_of_record": "Phrase source (premier signalement)",
        "reports_more": "les {shown} premiers sur {count} sont listés",
        "all_of_donor": "Toutes les promesses : {donor}", "all_stories": "Tous les sujets",
        "unknown_pledge": "Aucune promesse ne porte le numéro {id}. Deux fiches d'une même promesse n'en font "
                          "plus qu'une quand deux sujets s'avèrent identiques : un ancien lien peut en nommer une "
                          "disparue.",
        "unknown_story": "Aucun sujet ne porte le numéro {id}.",
        "articles_count": "{count} articles", "articles_count_one": "{count} article",
        "languages_count": "{count} langues", "languages_count_one": "{count} langue",
        "languages_title": "Langues", "outlets_title": "Médias", "articles_title": "Articles publiés",
        "story_pledges_title": "Promesses de ce sujet", "no_story_pledges": "Aucune promesse lue dans ce sujet.",
        "outlets_more": "et {count} autres médias", "outlets_more_one": "et {count} autre média",
        "unknown_language": "non indiquée", "story_dates": "Vu le {seen} ; publié le {published}.",
        "story_seen": "Vu le {seen}.",
        "delivery_title": "Promis et livré selon la presse, par donateur",
        "delivery_note": "« Livré selon la presse » compte les fiches que la presse lue par le bot a rapportées "
                         "comme livrées : ce n'est pas un chiffre officiel. Une livraison rapportée après sa "
                         "promesse fait deux fiches (une promise, une livrée), et une livraison qu'aucun article "
                         "n'a rapportée manque : la part livrée peut sous-estimer ce qui est arrivé.",
        "delivery_caption": "Engagements et livraisons rapportées par donateur et catégorie : fiches et unités",
        "delivery_money_caption": "Montants engagés et livrés selon la presse par donateur, par devise (jamais "
                                  "convertis)",
        "committed_col": "Fiches d'engagement", "delivered_col": "Livré selon la presse", "share_col": "Part livrée",
        "units_committed_col": "Unités engagées", "units_delivered_col": "Unités livrées selon la presse",
        "money_committed_col": "Engagé", "money_delivered_col": "Livré selon la presse",
        "all_categories": "toutes catégories",
        "remove_what": "retirer le filtre : {what}", "pledges_caption": "Promesses : {count}, {page}",
        "totals_donor_caption": "Promesses par donateur : fiches et unités", "totals_category_caption":
            "Promesses par catégorie : fiches et unités", "totals_status_caption": "Tous les signalements par statut",
        "totals_money_caption": "Montants engagés par devise",
        "chart_in_table": "Les chiffres du graphique sont dans le tableau ci-dessous.",
        "to_list": " (liste des promesses)",
        "accepts_id": "un numéro de fiche, un nombre entier de 1 à {max_id}",
        "refused_record_id": "{value} n'est pas un numéro de fiche. {accepts}",
    },
    "de": {
        "record_col": "Eintrag", "pledge_link": "Zusage {id}", "pledge_title": "Zusage {id}",
        "first_reported": "Zuerst gemeldet (UTC)", "system": "System", "item_written": "Gerät laut Text",
        "shared_with": "Gemeinsam mit", "story": "Meldung", "status_col": "Status",
        "steps_title": "Status im Zeitverlauf",
        "steps_note_system": "Die erste Meldung jedes Status von {system} ({category}), Geber: {donor}, in den "
                             "Nachrichten, die der Bot gelesen hat, über alle Meldungen hinweg.",
        "steps_note_story": "Die erste Meldung jedes Status von {category}, Geber: {donor}, in dieser Meldung, in "
                            "den Nachrichten, die der Bot gelesen hat (ohne genanntes System gelten andere "
                            "Meldungen nicht als dieselbe Sache).",
        "first_record": "Erster Eintrag", "records_col": "Einträge", "this_pledge": "diese Zusage",
        "reports_title": "Berichte", "reports": "{count} Artikel berichteten darüber",
        "reports_one": "{count} Artikel berichtete darüber",
        "published_col": "Veröffentlicht (UTC)",
        "outlet_col": "Medium", "title_col": "Titel", "language_col": "Sprache",
        "read_col": "Vom Bot gelesen", "evidence_not_kept": "(nicht gespeichert: erfasst, bevor jeder Bericht "
                                                            "seinen eigenen Satz behielt)",
        "evidence_of_record": "Belegsatz (erster Bericht)", "reports_more": "die ersten {shown} von {count} sind "
                                                                         "aufgeführt",
        "all_of_donor": "Alle Zusagen: {donor}", "all_stories": "Alle Meldungen",
        "unknown_pledge": "Keine Zusage trägt die Nummer {id}. Zwei Einträge einer Zusage werden einer, wenn sich "
                          "zwei Meldungen als dieselbe erweisen: Ein alter Link kann einen nicht mehr bestehenden "
                          "nennen.",
        "unknown_story": "Keine Meldung trägt die Nummer {id}.",
        "articles_count": "{count} Artikel", "articles_count_one": "{count} Artikel",
        "languages_count": "{count} Sprachen", "languages_count_one": "{count} Sprache",
        "languages_title": "Sprachen", "outlets_title": "Medien", "articles_title": "Artikel",
        "story_pledges_title": "Zusagen in dieser Meldung",
        "no_story_pledges": "In dieser Meldung wurde keine Zusage gelesen.",
        "outlets_more": "und {count} weitere Medien", "outlets_more_one": "und {count} weiteres Medium",
        "unknown_language": "nicht angegeben", "story_dates": "Zuerst gesehen {seen}; veröffentlicht {published}.",
        "story_seen": "Zuerst gesehen {seen}.",
        "delivery_title": "Zugesagt und laut Presse geliefert, nach Geber",
        "delivery_note": "„Laut Presse geliefert“ zählt die Einträge, die in den vom Bot gelesenen Nachrichten als "
                         "geliefert gemeldet wurden: keine amtliche Zahl. Eine nach ihrer Zusage gemeldete "
                         "Lieferung sind zwei Einträge (einer zugesagt, einer geliefert), und eine Lieferung, über "
                         "die kein Artikel berichtete, fehlt: Der gelieferte Anteil kann zu niedrig sein.",
        "delivery_caption": "Zusagen und gemeldete Lieferungen nach Geber und Kategorie: Einträge und Stück",
        "delivery_money_caption": "Zugesagte und laut Presse gelieferte Beträge nach Geber, je Währung (nie "
                                  "umgerechnet)",
        "committed_col": "Einträge zugesagt", "delivered_col": "Laut Presse geliefert",
        "share_col": "Gelieferter Anteil",
        "units_committed_col": "Stück zugesagt", "units_delivered_col": "Stück laut Presse geliefert",
        "money_committed_col": "Zugesagt", "money_delivered_col": "Laut Presse geliefert",
        "all_categories": "alle Kategorien",
        "remove_what": "Filter entfernen: {what}", "pledges_caption": "Zusagen: {count}, {page}",
        "totals_donor_caption": "Zusagen nach Geber: Einträge und Stück", "totals_category_caption":
            "Zusagen nach Kategorie: Einträge und Stück", "totals_status_caption": "Alle Meldungen nach Status",
        "totals_money_caption": "Zugesagte Beträge nach Währung",
        "chart_in_table": "Die Zahlen des Diagramms stehen in der Tabelle darunter.",
        "to_list": " (Liste der Zusagen)",
        "accepts_id": "eine Eintragsnummer, eine ganze Zahl von 1 bis {max_id}",
        "refused_record_id": "{value} ist keine Eintragsnummer. {accepts}",
    },
}
for _lang, _texts in _RECORD_TEXTS.items():
    TEXTS[_lang].update(_texts)

# Stop 45: a range of days (`from`, `to`) on the lists, totals and downloads, the day of the
# latest report a view holds, and the page of one donor over months (bot/web/donor_page.py).
_RANGE_AND_DONOR_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "days_range": "Days (UTC, both included)", "from_day": "from", "to_day": "to",
        "range_both": "{first} to {last}", "range_from": "from {first}", "range_to": "up to {last}",
        "accepts_from": "the first day shown, as YYYY-MM-DD from {first_day} to {last_day} (UTC)",
        "accepts_to": "the last day shown (included), as YYYY-MM-DD from {first_day} to {last_day} (UTC)",
        "refused_day_order": "from {first} comes after to {last}. {accepts}",
        "first_report_in_view": "First report in this view: {when}.",
        "latest_report": "Latest report in this view: {when}.",
        "donor_page_link": "{donor} over time", "donor_title": "{donor}: pledges over time",
        "donor_summary": "Committed records: {committed}, of which reported delivered: {delivered} ({share}). "
                         "First reported {first}, latest {last}.",
        "months_title": "Month by month", "month_col": "Month",
        "months_caption": "Records of {the_donor} per month they were first reported: committed, reported delivered, "
                          "discussed or refused, and units",
        "others_col": "Discussed or refused", "month_list": "list of {month}",
        "months_more": "The {shown} latest months with reports are listed.",
        "donor_categories_title": "Committed and reported delivered, per category",
        "donor_latest_title": "Latest pledges", "donor_all_pledges": "Every record of {the_donor} in the list ({count})",
        "donor_totals": "{donor} on Totals", "unknown_donor": "No pledge of {the_donor} is recorded.",
        "accepts_donor": "a donor's code: 2 to 8 letters or digits, starting with a letter (DE, FR, NATO, G7)",
        "refused_donor_code": "{value} is not a donor's code. {accepts}",
    },
    "fr": {
        "days_range": "Jours (UTC, inclus)", "from_day": "du", "to_day": "au",
        "range_both": "du {first} au {last}", "range_from": "depuis le {first}", "range_to": "jusqu'au {last}",
        "accepts_from": "le premier jour affiché, au format AAAA-MM-JJ ou JJ/MM/AAAA, du {first_day} au {last_day} "
                        "(UTC)",
        "accepts_to": "le dernier jour affiché (inclus), au format AAAA-MM-JJ ou JJ/MM/AAAA, du {first_day} au "
                      "{last_day} (UTC)",
        "refused_day_order": "from {first} vient après to {last}. {accepts}",
        "first_report_in_view": "Premier signalement de cette vue : {when}.",
        "latest_report": "Dernier signalement de cette vue : {when}.",
        "donor_page_link": "{donor} dans le temps", "donor_title": "{donor} : les promesses dans le temps",
        "donor_summary": "Engagements enregistrés : {committed}, dont signalés livrés : {delivered} ({share}). "
                         "Premier signalement le {first}, dernier le {last}.",
        "months_title": "Mois par mois", "month_col": "Mois",
        "months_caption": "Les fiches {of_donor} par mois de premier signalement : engagées, signalées livrées, "
                          "discutées ou refusées, et unités",
        "others_col": "Discutées ou refusées", "month_list": "liste de {month}",
        "months_more": "Les {shown} derniers mois ayant des signalements sont listés.",
        "donor_categories_title": "Engagé et signalé livré, par catégorie",
        "donor_latest_title": "Dernières promesses", "donor_all_pledges": "Toutes les fiches {of_donor} dans la liste ({count})",
        "donor_totals": "{donor} dans les Totaux", "unknown_donor": "Aucune promesse {of_donor} n'est enregistrée.",
        "accepts_donor": "le code d'un donateur : 2 à 8 lettres ou chiffres, commençant par une lettre (DE, FR, NATO, G7)",
        "refused_donor_code": "{value} n'est pas un code de donateur. {accepts}",
    },
    "de": {
        "days_range": "Tage (UTC, beide eingeschlossen)", "from_day": "vom", "to_day": "bis",
        "range_both": "{first} bis {last}", "range_from": "ab {first}", "range_to": "bis {last}",
        "accepts_from": "der erste gezeigte Tag, als JJJJ-MM-TT oder TT.MM.JJJJ von {first_day} bis {last_day} (UTC)",
        "accepts_to": "der letzte gezeigte Tag (eingeschlossen), als JJJJ-MM-TT oder TT.MM.JJJJ von {first_day} bis "
                      "{last_day} (UTC)",
        "refused_day_order": "from {first} liegt nach to {last}. {accepts}",
        "first_report_in_view": "Erste Meldung in dieser Ansicht: {when}.",
        "latest_report": "Letzte Meldung in dieser Ansicht: {when}.",
        "donor_page_link": "{donor} im Zeitverlauf", "donor_title": "{donor}: Zusagen im Zeitverlauf",
        "donor_summary": "Erfasste Zusagen: {committed}, davon als geliefert gemeldet: {delivered} ({share}). "
                         "Erste Meldung {first}, letzte {last}.",
        "months_title": "Monat für Monat", "month_col": "Monat",
        "months_caption": "Die Einträge {of_donor} nach dem Monat ihrer ersten Meldung: zugesagt, als geliefert "
                          "gemeldet, besprochen oder abgelehnt, und Einheiten",
        "others_col": "Besprochen oder abgelehnt", "month_list": "Liste für {month}",
        "months_more": "Die {shown} letzten Monate mit Meldungen sind aufgeführt.",
        "donor_categories_title": "Zugesagt und als geliefert gemeldet, nach Kategorie",
        "donor_latest_title": "Neueste Zusagen", "donor_all_pledges": "Alle Einträge {of_donor} in der Liste ({count})",
        "donor_totals": "{donor} in den Summen", "unknown_donor": "Keine Zusage {of_donor} ist erfasst.",
        "accepts_donor": "der Code eines Gebers: 2 bis 8 Buchstaben oder Ziffern, beginnend mit einem Buchstaben (DE, FR, NATO, G7)",
        "refused_donor_code": "{value} ist kein Code eines Gebers. {accepts}",
    },
}
for _lang, _texts in _RANGE_AND_DONOR_TEXTS.items():
    TEXTS[_lang].update(_texts)

# Stop 46: the stories' "as of", and the page comparing two donors (bot/web/compare_page.py).
_COMPARE_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "story_dated": "article dated {day}",
        "cite_view": "To cite these figures, link to their days (they stay as they are once the last day is over, unless an article of those days is read late):",
        "cite_period_start": "The link counts the whole of {day} (UTC); this period starts at {time} UTC that day, so the link's figures also count any report of that day before {time}.",
        "donor_feed": "Follow {donors} new pledges (Atom feed)",
        "compare_title": "{a} and {b} compared", "compare_a": "Donor", "compare_b": "compared with",
        "compare_link": "Compare {the_donor} with", "compare_go": "Compare",
        "compare_summary_title": "Side by side", "compare_summary_caption": "Records of each donor: committed, "
        "reported delivered, discussed or refused, and the first and latest report (UTC)",
        "first_report": "First reported", "latest_report_col": "Latest report",
        "compare_category_caption": "Records and units per category, for each donor",
        "compare_money_caption": "Money per currency, for each donor (never converted; – where the donor has none "
                                 "in that currency)",
        "compare_months_caption": "Records of each donor per month they were first reported: committed and reported "
                                  "delivered",
        "compare_list_of": "the records of {the_donor} in the list",
        "compare_delivered_of": "the records of {the_donor} reported delivered, in the list",
        "compare_category_of": "{donor}, {category}: the records in the list",
        "compare_month_of": "{donor}, {month}: the records in the list",
        "accepts_a": "a donor: its code (DE, FR, NATO) or its name as the filter words take it (germany, allemagne)",
        "accepts_b": "a second, other donor, in the same way",
        "refused_compare_missing": "{name}: a donor is needed. {accepts}",
        "refused_compare_same": "a and b both name {donor}: give two different donors. {accepts}",
        "refused_compare_donor": "{name}: {value} names no donor. {accepts}",
        "refused_compare_look_alike": "{name}: {value} names no donor (it mixes scripts: {mixed}). {accepts}",
    },
    "fr": {
        "story_dated": "article daté du {day}",
        "cite_view": "Pour citer ces chiffres, liez leurs jours (ils restent les mêmes une fois le dernier jour passé, sauf article de ces jours lu en retard) :",
        "cite_period_start": "Le lien compte tout le {day} (UTC) ; cette période commence ce jour-là à {time} UTC, donc les chiffres du lien comptent aussi les signalements de ce jour antérieurs à {time}.",
        "donor_feed": "Suivre les nouvelles promesses {of_donor} (flux Atom)",
        "compare_title": "{a} et {b} comparés", "compare_a": "Donateur", "compare_b": "comparé à",
        "compare_link": "Comparer {the_donor} à", "compare_go": "Comparer",
        "compare_summary_title": "Côte à côte", "compare_summary_caption": "Les fiches de chaque donateur : "
        "engagées, livrées selon la presse, discutées ou refusées, et premier et dernier signalement (UTC)",
        "first_report": "Premier signalement", "latest_report_col": "Dernier signalement",
        "compare_category_caption": "Fiches et unités par catégorie, pour chaque donateur",
        "compare_money_caption": "Montants par devise, pour chaque donateur (jamais convertis ; – là où le donateur "
                                 "n'a rien dans cette devise)",
        "compare_months_caption": "Les fiches de chaque donateur par mois de premier signalement : engagées et "
                                  "livrées selon la presse",
        "compare_list_of": "les fiches {of_donor} dans la liste",
        "compare_delivered_of": "les fiches {of_donor} livrées selon la presse, dans la liste",
        "compare_category_of": "{donor}, {category} : les fiches dans la liste",
        "compare_month_of": "{donor}, {month} : les fiches dans la liste",
        "accepts_a": "un donateur : son code (DE, FR, NATO) ou son nom tel que les filtres le lisent "
                     "(allemagne, germany)",
        "accepts_b": "un second donateur, différent, de la même façon",
        "refused_compare_missing": "{name} : il faut un donateur. {accepts}",
        "refused_compare_same": "a et b désignent tous deux {donor} : donnez deux donateurs différents. {accepts}",
        "refused_compare_donor": "{name} : {value} ne désigne aucun donateur. {accepts}",
        "refused_compare_look_alike": "{name} : {value} ne désigne aucun donateur (il mêle des écritures : {mixed}). {accepts}",
    },
    "de": {
        "story_dated": "Artikel vom {day}",
        "cite_view": "Um diese Zahlen zu zitieren, auf ihre Tage verlinken (sie bleiben gleich, sobald der letzte Tag vorbei ist, außer ein Artikel dieser Tage wird später gelesen):",
        "cite_period_start": "Der Link zählt den ganzen {day} (UTC); dieser Zeitraum beginnt an diesem Tag um {time} UTC, daher zählen die Zahlen des Links auch die Berichte dieses Tages vor {time}.",
        "donor_feed": "Neue Zusagen {of_donor} folgen (Atom-Feed)",
        "compare_title": "{a} und {b} im Vergleich", "compare_a": "Geber", "compare_b": "verglichen mit",
        "compare_link": "{donor} vergleichen mit", "compare_go": "Vergleichen",
        "compare_summary_title": "Nebeneinander", "compare_summary_caption": "Die Einträge jedes Gebers: zugesagt, "
        "laut Presse geliefert, besprochen oder abgelehnt, und erste und letzte Meldung (UTC)",
        "first_report": "Erste Meldung", "latest_report_col": "Letzte Meldung",
        "compare_category_caption": "Einträge und Stück nach Kategorie, für jeden Geber",
        "compare_money_caption": "Beträge nach Währung, für jeden Geber (nie umgerechnet; – wo der Geber in dieser "
                                 "Währung nichts hat)",
        "compare_months_caption": "Die Einträge jedes Gebers nach dem Monat ihrer ersten Meldung: zugesagt und laut "
                                  "Presse geliefert",
        "compare_list_of": "die Einträge {of_donor} in der Liste",
        "compare_delivered_of": "die laut Presse gelieferten Einträge {of_donor} in der Liste",
        "compare_category_of": "{donor}, {category}: die Einträge in der Liste",
        "compare_month_of": "{donor}, {month}: die Einträge in der Liste",
        "accepts_a": "ein Geber: sein Code (DE, FR, NATO) oder sein Name, wie die Filterwörter ihn lesen "
                     "(deutschland, germany)",
        "accepts_b": "ein zweiter, anderer Geber, ebenso",
        "refused_compare_missing": "{name}: ein Geber fehlt. {accepts}",
        "refused_compare_same": "a und b nennen beide {donor}: zwei verschiedene Geber angeben. {accepts}",
        "refused_compare_donor": "{name}: {value} nennt keinen Geber. {accepts}",
        "refused_compare_look_alike": "{name}: {value} nennt keinen Geber (er mischt Schriftsysteme: {mixed}). {accepts}",
    },
}
for _lang, _texts in _COMPARE_TEXTS.items():
    TEXTS[_lang].update(_texts)

# Stop 48: the list of donors at /donors, where a trimmed /donors/<code> or /donors/compare leads
# (bot/web/donors_index.py).
_DONORS_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "story_newest": "latest report {day}",
        "stories_order": "Newest report first: each story by the date of its newest article (an article without a "
        "date counts from when the bot read it).",
        "donors_title": "Donors",
        "donors_intro": "Every donor with a record, most records first (pledges, deliveries, talks and refusals). "
                        "Each links to its page over time.",
        "donors_none": "No donors recorded yet: they appear here as the feeds are polled.",
        "donor_records": "{count} records", "donor_records_one": "{count} record",
        "compare_how_title": "Compare two donors",
        "compare_how": "Name two donors by code (DE, FR, NATO) or by name (germany, allemagne).",
        "compare_examples": "For example:",
    },
    "fr": {
        "story_newest": "dernier signalement le {day}",
        "stories_order": "Le signalement le plus récent d'abord : chaque sujet à la date de son article le plus "
        "récent (un article sans date compte à partir du moment où le bot l'a lu).",
        "donors_title": "Donateurs",
        "donors_intro": "Chaque donateur ayant une fiche, le plus de fiches d'abord (promesses, livraisons, "
                        "discussions et refus). Chacun mène à sa page dans le temps.",
        "donors_none": "Aucun donateur enregistré pour l'instant : ils apparaissent ici à mesure que les flux sont "
                       "interrogés.",
        "donor_records": "{count} fiches", "donor_records_one": "{count} fiche",
        "compare_how_title": "Comparer deux donateurs",
        "compare_how": "Nommez deux donateurs par leur code (DE, FR, NATO) ou leur nom (allemagne, germany).",
        "compare_examples": "Par exemple :",
    },
    "de": {
        "story_newest": "neueste Meldung vom {day}",
        "stories_order": "Neueste Meldung zuerst: jede Geschichte nach dem Datum ihres neuesten Artikels (ein "
        "Artikel ohne Datum zählt ab dem Zeitpunkt, zu dem der Bot ihn gelesen hat).",
        "donors_title": "Geber",
        "donors_intro": "Jeder Geber mit einem Eintrag, die meisten Einträge zuerst (Zusagen, Lieferungen, "
                        "Gespräche und Absagen). Jeder führt zu seiner Seite im Zeitverlauf.",
        "donors_none": "Noch keine Geber erfasst: Sie erscheinen hier, sobald die Feeds abgerufen werden.",
        "donor_records": "{count} Einträge", "donor_records_one": "{count} Eintrag",
        "compare_how_title": "Zwei Geber vergleichen",
        "compare_how": "Zwei Geber mit Code (DE, FR, NATO) oder Namen (deutschland, germany) nennen.",
        "compare_examples": "Zum Beispiel:",
    },
}
for _lang, _texts in _DONORS_TEXTS.items():
    TEXTS[_lang].update(_texts)

# The examples greyed in the empty fields, in words of the page's language that the filters
# read (the French and German pages showed English ones). "donor_example_b" is the second
# donor's, or the one to compare with on a donor's page (donor_example_a's on France's own).
# And what became of a period typed beside a range of days (params.View.set_aside); the
# separator of a list's parts (French spaces it as it spaces a colon); the 404 of an address.
_EXAMPLE_TEXTS: dict[str, dict[str, str]] = {
    "en": {"semicolon": "; ", "no_page": "No page has the address {path}.",
           "words_example": "germany air defence 30d", "donor_example_a": "germany", "donor_example_b": "france",
           "period_set_aside": "The period {period} in the filter words is not applied: a view covers a period "
                               "or a range of days, and the range ({range}) was given."},
    "fr": {"semicolon": " ; ", "no_page": "Aucune page n'a l'adresse {path}.",
           "words_example": "allemagne défense aérienne 30d", "donor_example_a": "allemagne",
           "donor_example_b": "france",
           "period_set_aside": "La période {period} des mots de filtre n'est pas appliquée : une vue couvre une "
                               "période ou une plage de jours, et la plage ({range}) a été donnée."},
    "de": {"semicolon": "; ", "no_page": "Keine Seite hat die Adresse {path}.",
           "words_example": "deutschland luftverteidigung 30d", "donor_example_a": "deutschland",
           "donor_example_b": "frankreich",
           "period_set_aside": "Der Zeitraum {period} der Filterwörter wird nicht angewendet: Eine Ansicht umfasst "
                               "einen Zeitraum oder eine Spanne von Tagen, und die Tage ({range}) wurden angegeben."},
}
for _lang, _texts in _EXAMPLE_TEXTS.items():
    TEXTS[_lang].update(_texts)

# Stop 58: a request refused before its parameters are read: one whose query's bytes are not
# UTF-8 (a link cut inside a letter, or written in Latin-1), and a GET or HEAD with a body;
# and the forms of a day the day fields take in each language (params.DAY_FORMS).
_REQUEST_TEXTS: dict[str, dict[str, str]] = {
    "en": {"refused_not_utf8": "parameter {name}: its bytes ({value}) are not UTF-8 text, as a link cut inside a "
                               "letter or written in another encoding has them; give it as UTF-8. {accepts}",
           "refused_not_utf8_name": "the name of a parameter ({value}) is not UTF-8 text, as a link cut inside a "
                                    "letter or written in another encoding has it. Accepted: {accepts}",
           "refused_body": "a GET or HEAD request takes no body, and this one announced one ({header}); send it "
                           "without",
           "day_placeholder": "YYYY-MM-DD", "day_format": "days as YYYY-MM-DD",
           "refused_left_out": "q: {word}: the filter words keep what they name and leave nothing out (a minus "
                                "leaves a word out in /search, not here); give what to keep. {accepts}"},
    "fr": {"refused_not_utf8": "paramètre {name} : ses octets ({value}) ne sont pas du texte UTF-8, comme ceux "
                               "d'un lien coupé au milieu d'une lettre ou écrit dans un autre encodage ; "
                               "donnez-le en UTF-8. {accepts}",
           "refused_not_utf8_name": "le nom d'un paramètre ({value}) n'est pas du texte UTF-8, comme celui d'un lien "
                                    "coupé au milieu d'une lettre ou écrit dans un autre encodage. Acceptés : "
                                    "{accepts}",
           "refused_body": "une requête GET ou HEAD ne porte pas de corps, et celle-ci en annonçait un ({header}) ; "
                           "envoyez-la sans",
           "day_placeholder": "AAAA-MM-JJ", "day_format": "jours au format AAAA-MM-JJ ou JJ/MM/AAAA",
           "refused_left_out": "q : {word} : les mots de filtre gardent ce qu'ils nomment et n'excluent rien (un "
                                "signe moins exclut un mot dans /search, pas ici) ; donnez ce qu'il faut garder. "
                                "{accepts}"},
    "de": {"refused_not_utf8": "Parameter {name}: seine Bytes ({value}) sind kein UTF-8-Text, wie bei einem "
                               "mitten in einem Buchstaben abgeschnittenen oder anders kodierten Link; geben Sie "
                               "ihn als UTF-8 an. {accepts}",
           "refused_not_utf8_name": "der Name eines Parameters ({value}) ist kein UTF-8-Text, wie bei einem mitten "
                                    "in einem Buchstaben abgeschnittenen oder anders kodierten Link. Möglich: "
                                    "{accepts}",
           "refused_body": "eine GET- oder HEAD-Anfrage hat keinen Inhalt, und diese kündigte einen an ({header}); "
                           "senden Sie sie ohne",
           "day_placeholder": "JJJJ-MM-TT", "day_format": "Tage als JJJJ-MM-TT oder TT.MM.JJJJ",
           "refused_left_out": "q: {word}: Die Filterwörter behalten, was sie nennen, und schließen nichts aus (ein "
                                "Minus schließt bei /search ein Wort aus, nicht hier); geben Sie an, was bleiben soll. "
                                "{accepts}"},
}
for _lang, _texts in _REQUEST_TEXTS.items():
    TEXTS[_lang].update(_texts)

# Stop 60: the CSV download in two forms (params.CSV_SEPARATORS), what a period counts (the
# same on every page: back from now over the time each record was first reported), and the
# way from a story in the list to its own page.
_STOP60_TEXTS: dict[str, dict[str, str]] = {
    "en": {"csv_semicolon": "CSV for Excel in French or German",
           "csv_note": "CSV: cells parted by commas, decimal point, for programs and a spreadsheet set to English. "
                       "CSV for Excel in French or German: semicolons and decimal comma, which such a spreadsheet "
                       "opens in columns. Both UTF-8, with the byte order mark Excel reads it by.",
           "accepts_sep": "comma (the default: commas between cells and a decimal point, for programs) or semicolon "
                          "(semicolons and a decimal comma, for a spreadsheet set to French or German)",
           "period_since": "{period}: first reported since {since}, {days} × 24 hours before now (not whole calendar "
                           "days: the day fields give those).",
           "donors_none_in_range": "No donor has a record first reported in these days.",
           "compare_none_in_range": "Neither {a} nor {b} has a record first reported in these days.",
           "story_link": "Story {id}"},
    "fr": {"csv_semicolon": "CSV pour Excel en français ou en allemand",
           "csv_note": "CSV : cellules séparées par des virgules, point décimal, pour les programmes et un tableur "
                       "réglé en anglais. CSV pour Excel en français ou en allemand : points-virgules et virgule "
                       "décimale, qu'un tel tableur ouvre en colonnes. Les deux en UTF-8, avec l'indicateur d'ordre "
                       "des octets par lequel Excel le reconnaît.",
           "accepts_sep": "comma (par défaut : virgules entre les cellules et point décimal, pour les programmes) ou "
                          "semicolon (points-virgules et virgule décimale, pour un tableur réglé en français ou en "
                          "allemand)",
           "period_since": "{period} : premier signalement depuis le {since}, {days} × 24 heures avant maintenant (pas "
                           "des jours civils entiers : les champs de jours les donnent).",
           "donors_none_in_range": "Aucun donateur n'a de fiche signalée pour la première fois ces jours-là.",
           "compare_none_in_range": "Ni {a} ni {b} n'ont de fiche signalée pour la première fois ces jours-là.",
           "story_link": "Sujet {id}"},
    "de": {"csv_semicolon": "CSV für Excel auf Deutsch oder Französisch",
           "csv_note": "CSV: Zellen durch Kommas getrennt, Dezimalpunkt, für Programme und eine auf Englisch "
                       "eingestellte Tabellenkalkulation. CSV für Excel auf Deutsch oder Französisch: Semikolons und "
                       "Dezimalkomma, die eine solche Tabellenkalkulation in Spalten öffnet. Beide UTF-8, mit der "
                       "Bytereihenfolge-Markierung, an der Excel es erkennt.",
           "accepts_sep": "comma (Standard: Kommas zwischen den Zellen und Dezimalpunkt, für Programme) oder "
                          "semicolon (Semikolons und Dezimalkomma, für eine auf Deutsch oder Französisch "
                          "eingestellte Tabellenkalkulation)",
           "period_since": "{period}: zuerst gemeldet seit {since}, {days} × 24 Stunden vor jetzt (keine ganzen "
                           "Kalendertage: die Tagesfelder geben diese).",
           "donors_none_in_range": "Kein Geber hat einen Eintrag, der an diesen Tagen zuerst gemeldet wurde.",
           "compare_none_in_range": "Weder {a} noch {b} hat einen Eintrag, der an diesen Tagen zuerst gemeldet wurde.",
           "story_link": "Meldung {id}"},
}
for _lang, _texts in _STOP60_TEXTS.items():
    TEXTS[_lang].update(_texts)

# Stop 61: the pager's first and last pages; the stories and the donors under the list's filter
# words, which the menu's links keep (they dropped them: a donor chosen on the list was gone on
# the stories, without a word).
_STOP61_TEXTS: dict[str, dict[str, str]] = {
    "en": {"skip_to_content": "Skip to the content",
           "first_steps": "Setting it up? `pledgewatch run` polls the feeds of its settings and adds the pledges it "
                          "reads; to see these pages with sample pledges first: `pledgewatch demo --db demo.db`, then "
                          "`PLEDGEWATCH_DB=demo.db pledgewatch web`.",
           "first_page": "first page", "last_page": "last page ({page})",
           "stories_holding": "The stories holding a pledge these filters keep, each with all its pledges.",
           "no_stories_match": "No story holds a pledge these filters keep.",
           "donors_none_match": "No donor has a record these filters keep.",
           "donors_filtered": "The records counted are those these filters keep. A donor's page and the comparison "
                              "take a range of days only: their links keep the days, not the other filters."},
    "fr": {"skip_to_content": "Aller au contenu",
           "first_steps": "Vous l'installez ? `pledgewatch run` interroge les flux de ses réglages et ajoute les "
                          "promesses qu'il lit ; pour voir d'abord ces pages avec des promesses d'exemple : "
                          "`pledgewatch demo --db demo.db`, puis `PLEDGEWATCH_DB=demo.db pledgewatch web`.",
           "first_page": "première page", "last_page": "dernière page ({page})",
           "stories_holding": "Les sujets contenant une promesse que ces filtres gardent, chacun avec toutes ses "
                              "promesses.",
           "no_stories_match": "Aucun sujet ne contient de promesse que ces filtres gardent.",
           "donors_none_match": "Aucun donateur n'a de fiche que ces filtres gardent.",
           "donors_filtered": "Les fiches comptées sont celles que ces filtres gardent. La page d'un donateur et la "
                              "comparaison ne prennent qu'une plage de jours : leurs liens gardent les jours, pas les "
                              "autres filtres."},
    "de": {"skip_to_content": "Zum Inhalt springen",
           "first_steps": "Sie richten es ein? `pledgewatch run` ruft die Feeds seiner Einstellungen ab und fügt die "
                          "gelesenen Zusagen hinzu; um diese Seiten zuerst mit Beispielzusagen zu sehen: "
                          "`pledgewatch demo --db demo.db`, dann `PLEDGEWATCH_DB=demo.db pledgewatch web`.",
           "first_page": "erste Seite", "last_page": "letzte Seite ({page})",
           "stories_holding": "Die Meldungen mit einer Zusage, die diese Filter behalten, jede mit all ihren Zusagen.",
           "no_stories_match": "Keine Meldung enthält eine Zusage, die diese Filter behalten.",
           "donors_none_match": "Kein Geber hat einen Eintrag, den diese Filter behalten.",
           "donors_filtered": "Gezählt werden die Einträge, die diese Filter behalten. Die Seite eines Gebers und der "
                              "Vergleich nehmen nur eine Spanne von Tagen: Ihre Links behalten die Tage, nicht die "
                              "anderen Filter."},
}
for _lang, _texts in _STOP61_TEXTS.items():
    TEXTS[_lang].update(_texts)

# Stop 62: a donor's page and the comparison take the filter words as the other pages do (they
# took a range of days alone, and the donors' list said so).
_STOP62_TEXTS: dict[str, dict[str, str]] = {
    "en": {"donors_filtered": "The records counted are those these filters keep; each donor's page and the "
                              "comparisons keep them too.",
           "donor_words_example": "air defence 30d",
           "compare_none_match": "Neither {a} nor {b} has a record these filters keep.",
           "refused_page_donor": "q: the filter words name a donor ({donor}), and this page's donors are given by "
                                 "its address ({page_donors}). Leave the donor out of the words (they keep a "
                                 "category, a system, a status and a period or a year here), or open that donor's "
                                 "own page from the list of donors. {accepts}"},
    "fr": {"donors_filtered": "Les fiches comptées sont celles que ces filtres gardent ; la page de chaque donateur "
                              "et les comparaisons les gardent aussi.",
           "donor_words_example": "défense aérienne 30d",
           "compare_none_match": "Ni {a} ni {b} n'ont de fiche que ces filtres gardent.",
           "refused_page_donor": "q : les mots de filtre désignent un donateur ({donor}), et les donateurs de cette "
                                 "page sont donnés par son adresse ({page_donors}). Retirez le donateur des mots "
                                 "(ils gardent ici une catégorie, un système, un statut et une période ou une "
                                 "année), ou ouvrez la page de ce donateur depuis la liste des donateurs. {accepts}"},
    "de": {"donors_filtered": "Gezählt werden die Einträge, die diese Filter behalten; die Seite jedes Gebers und "
                              "die Vergleiche behalten sie auch.",
           "donor_words_example": "luftverteidigung 30d",
           "compare_none_match": "Weder {a} noch {b} hat einen Eintrag, den diese Filter behalten.",
           "refused_page_donor": "q: Die Filterwörter nennen einen Geber ({donor}), und die Geber dieser Seite gibt "
                                 "ihre Adresse an ({page_donors}). Den Geber aus den Wörtern weglassen (sie behalten "
                                 "hier eine Kategorie, ein System, einen Status und einen Zeitraum oder ein Jahr) "
                                 "oder die Seite dieses Gebers über die Liste der Geber öffnen. {accepts}"},
}
for _lang, _texts in _STOP62_TEXTS.items():
    TEXTS[_lang].update(_texts)

# Each language by its own name, for the links from a page to the same page in the others.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "de": "Deutsch"}


def w(lang: str, key: str, /, **values: object) -> str:
    text = TEXTS.get(lang, TEXTS["en"])[key]
    return text.format(**values) if values else text


# The mark each language groups thousands with: a point in German ("2,000" reads as two
# there), a narrow no-break space in French, which also takes the comma for the decimal one
# (its typography, and the figures of French ministries and newspapers).
_THOUSANDS = {"en": ",", "fr": "\u202f", "de": "."}


def figure(value: float, lang: str) -> str:
    """A whole number as the page's language writes it: 64,000, 64 000 (narrow no-break
    space) or 64.000. The tables' counts and the words' ("64000 pledges") were written as
    bare digits in every language, and French sums with English commas."""
    return f"{value:,.0f}".replace(",", _THOUSANDS.get(lang, ","))


def singular(lang: str, count: int) -> bool:
    """Whether `count` takes the singular: 1 in English and German ("0 Zusagen"), 0 and 1 in
    French ("0 promesse", where "0 promesses" and "1 discutées" read as mistakes)."""
    return count == 1 or (lang == "fr" and count == 0)


def counted(lang: str, key: str, count: int) -> str:
    """`key`'s text for `count`, or its `_one` form when `count` takes the singular."""
    return w(lang, f"{key}_one" if singular(lang, count) else key, count=figure(count, lang))


def negotiate(accept_language: str | None) -> str:
    """The language the browser prefers among those of the pages (RFC 9110 weights): "fr"
    or "de" when it ranks French or German above English, else "en"."""
    best, best_weight = "en", -1.0
    for position, part in enumerate((accept_language or "")[:500].split(",")[:30]):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        params = params.strip().lower()  # `Q=0.5` is a weight too: parameter names have no case
        if params.startswith("q="):
            try:
                weight = float(params[2:])
            except ValueError:
                continue
        # The primary subtag whole: its first two letters made `frr` (North Frisian) French.
        code = tag.strip().lower().replace("_", "-").split("-")[0]
        # Among equal weights the first listed wins (hence the tiny position penalty).
        score = weight - position * 1e-6
        if code in TEXTS and score > best_weight and weight > 0:
            best, best_weight = code, score
    return best
