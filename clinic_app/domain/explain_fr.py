"""Les phrases de l'explication en français : un identifiant, un modèle (voir :mod:`clinic_app.domain.explain`).

Les champs ``{...}`` reçoivent un texte déjà mis en forme pour le français (montants, dates, renvois). Vocabulaire
du droit québécois : préavis, indemnité compensatrice de préavis, licenciement collectif, mise à pied, faute
grave (distincte de la cause juste et suffisante), représailles, délai de congé raisonnable (C.c.Q.).
"""

from __future__ import annotations

#: catégorie de pluriel CLDR -> modèle (en français, 0 et 1 sont au singulier)
PLURALS: dict[str, dict[str, str]] = {
    "week": {"one": "{n} semaine", "many": "{n} de semaines", "other": "{n} semaines"},
    "day": {"one": "{n} jour", "many": "{n} de jours", "other": "{n} jours"},
    "month": {"one": "{n} mois", "many": "{n} de mois", "other": "{n} mois"},
    "year": {"one": "{n} an", "many": "{n} d'ans", "other": "{n} ans"},
    "employee": {"one": "{n} personne", "many": "{n} de personnes", "other": "{n} personnes"},
}

MESSAGES: dict[str, str] = {
    # Loi et service
    "law.QC": "Loi appliquée : la Loi sur les normes du travail (LNT), dans sa version en vigueur à la date de fin "
              "d'emploi ({version}).",
    "law.CA-FED": "Loi appliquée : le Code canadien du travail, partie III (CCT), pour un employeur de compétence "
                  "fédérale, dans sa version en vigueur à la date de fin d'emploi ({version}).",
    "service": "Service : du {hire} au {end}, les deux jours comptés : {service} de service continu ({cite}).",
    "service.leap_day": "Embauche un 29 février : les années non bissextiles, l'anniversaire est le 28 février. "
                        "Lecture retenue : l'autre convention (le 1er mars) serait moins favorable à la personne "
                        "salariée.",
    "layoff.first_day": "Il s'agit d'une mise à pied de plus de 6 mois ou de durée indéterminée : le service est "
                        "mesuré à son premier jour.",
    "layoff.first_day.CA-FED": "Il s'agit d'une mise à pied : le service est mesuré à son premier jour.",
    # Salaire hebdomadaire
    "wage.varies": "Le salaire varie : le salaire hebdomadaire retenu est la moyenne des {count} semaines complètes "
                   "inscrites ({listed}) : {total} / {count} = {wage} ({cite}). Lecture retenue : la loi ne fixe "
                   "cette période (semaines complètes des 3 mois précédant la fin) que pour la rémunération à "
                   "commission ({cite_commission}); nous l'appliquons à tout salaire régulier variable. Le salaire "
                   "nominal de {nominal} n'est pas utilisé.",
    "wage.varies.debtor": "Le salaire varie : le salaire hebdomadaire est la moyenne des {count} semaines complètes "
                          "des 3 mois précédant la fin ({listed}) : {total} / {count} = {wage} ({cite}).",
    "wage.regular": "Salaire hebdomadaire régulier (sans les heures supplémentaires) : {wage}.",
    # Préavis individuel
    "excluded.under_3_months": "Aucun préavis individuel ni indemnité compensatrice n'est dû : moins de 3 mois de "
                               "service continu ({cite}).",
    "excluded.fixed_term_expired": "Aucun préavis individuel ni indemnité compensatrice n'est dû : le contrat à "
                                   "durée déterminée est arrivé à son terme ({cite}).",
    "excluded.serious_fault": "Aucun préavis individuel ni indemnité compensatrice n'est dû : la faute grave est "
                              "inscrite comme établie (admise ou reconnue par un tribunal) ({cite}).",
    "excluded.force_majeure": "Aucun préavis individuel ni indemnité compensatrice n'est dû : la fin d'emploi est "
                              "inscrite comme due à une force majeure ({cite}). Le fardeau de la prouver repose sur "
                              "l'employeur, et la décision de fermer un établissement n'est jamais une force "
                              "majeure.",
    "fault.alleged": "L'employeur invoque une faute grave qui n'est pas établie : c'est à lui de la prouver "
                     "({cite}). D'ici là, les chiffres sont la réclamation de la personne, calculés comme si la "
                     "faute n'était pas prouvée. La faute grave est plus étroite que la « cause juste et "
                     "suffisante » d'une plainte pour congédiement ({cite_complaint}) : ce sont deux questions "
                     "distinctes.",
    "notice.required": "{service} de service continu : la loi exige un préavis de {weeks} ({cite}).",
    "notice.fed_2024": "Depuis le 1er février 2024, le Code exige 2 semaines après 3 mois, puis une semaine de plus "
                       "par année de service à partir de 3 ans, jusqu'à 8 semaines.",
    "notice.fed_2019": "Avant le 1er février 2024, le Code exigeait 2 semaines après 3 mois, quel que soit le "
                       "service.",
    "notice.void": "{what} a été remis pendant la mise à pied : un tel avis est nul de nullité absolue ({cite}) et "
                   "ne compte pas.",
    "notice.void.what_weeks": "Le préavis de {weeks}",
    "notice.void.what": "Le préavis",
    "notice.seasonal": "Le préavis a été remis pendant la mise à pied, mais l'emploi est inscrit comme saisonnier "
                       "(habituellement 6 mois par année ou moins) : il compte ({cite}). Lecture : qu'un emploi de "
                       "période de pointe soit saisonnier n'est pas tranché.",
    "notice.unknown": "On ne sait pas si la personne a reçu un préavis écrit : le calcul est fait comme si aucun "
                      "préavis n'avait été donné.",
    "notice.missing": "Préavis valide reçu : {given}; il manque donc {missing} : {arithmetic} = {amount} ({cite}).",
    "notice.missing_none_given": "Aucun préavis valide n'a été reçu; il manque donc {missing} : {arithmetic} = "
                                 "{amount} ({cite}).",
    "notice.days_reading": "Une partie de semaine se compte en jours civils (un préavis de 3 jours = 3/7 de "
                           "semaine) : la partie manquante est payée W / 7 par jour. Lecture retenue : aucune source "
                           "ne le précise; un calcul en jours ouvrables donnerait un autre montant.",
    "notice.met": "Préavis valide reçu : {given}. L'exigence est respectée : aucune indemnité compensatrice n'est "
                  "due.",
    # Licenciement collectif
    "collective.below": "{people} de l'établissement ont perdu leur emploi en {window} : moins de {threshold}, "
                        "aucun avis de licenciement collectif ne s'applique ({cite}).",
    "collective.excluded": "{count_people} de l'établissement ont perdu leur emploi, mais une personne exclue du "
                           "préavis individuel n'est pas une personne visée par le licenciement collectif ({cite}) : "
                           "aucune indemnité collective.",
    "collective.force_majeure": "{count_people} de l'établissement ont perdu leur emploi. La force majeure écarte "
                                "l'indemnité collective ({cite}), mais l'employeur doit quand même aviser le "
                                "ministre dès qu'il le peut ({cite_notice}), et il lui revient de prouver la force "
                                "majeure.",
    "collective.excused": "{count_people} de l'établissement ont perdu leur emploi à cause d'un événement "
                          "imprévu pour l'employeur : il doit quand même aviser le ministre dès qu'il le peut "
                          "({cite_notice}), mais ne doit pas d'indemnité collective ({cite}). Il lui revient de "
                          "prouver que l'événement était imprévisible (perdre un appel d'offres, par exemple, est "
                          "prévisible); le préavis individuel reste dû.",
    "collective.cause": "{count_people} de l'établissement ont perdu leur emploi, mais les règles du licenciement "
                        "collectif ne visent qu'un motif économique ou technologique, comme une fermeture, et non "
                        "la cause inscrite ({cite}).",
    "collective.fed": "{count_people} de l'établissement ont perdu leur emploi en {window} : licenciement "
                      "collectif, avec un avis de {weeks} au chef de la conformité et de l'application du "
                      "Programme du travail ({cite}). Le Code ne donne à la personne aucune indemnité si cet avis "
                      "manque.",
    "collective.required": "{count_people} du même établissement ont perdu leur emploi en {window} : l'employeur "
                           "devait donner au ministre un avis de {weeks} ({cite}).",
    "collective.given_unknown": "On ne sait pas s'il a avisé le ministre : le calcul est fait comme si aucun avis "
                                "n'avait été donné.",
    "collective.given_none": "Il n'a donné aucun avis au ministre.",
    "collective.given": "Il a donné au ministre un avis de {weeks}.",
    "collective.owed": "Il manque {missing} : {arithmetic} = {amount} ({cite}).",
    "collective.nothing": "Rien n'est dû à ce titre.",
    "collective.reading": "Lecture retenue : le compte porte sur la période mobile se terminant le dernier jour de "
                          "la personne, dans un seul établissement; l'avis au ministre et le préavis individuel "
                          "sont distincts ({cite}).",
    # Indemnité de départ et cumul
    "severance.owed": "Indemnité de départ : le plus élevé de {per_year} jours de salaire par année complète "
                      "({per_year} \u00d7 {years}) et de {minimum} jours : {days} jours \u00d7 {wage} / {per_week} = "
                      "{amount} ({cite}).",
    "severance.none": "Aucune indemnité de départ : elle est due après 12 mois de service continu ({cite}).",
    "combine.sum": "L'indemnité de préavis et l'indemnité de départ s'additionnent : {individual} + {severance} = "
                   "{amount}.",
    "combine.max": "Les deux indemnités ne s'additionnent pas : la plus élevée est due, {amount} ({cite}).",
    "combine.single": "Somme due au titre du préavis : {amount}.",
    # Paiements
    "paid.notice": "L'employeur a déjà versé {paid} à titre de préavis, d'indemnité de départ ou de prime de "
                   "fermeture : il reste {shortfall} à réclamer. Une quittance signée ne retire pas le minimum "
                   "prévu par la loi ({cite}).",
    "paid.none": "Rien n'a été versé au titre du préavis : la somme de {amount} est réclamée en entier.",
    "paid.vacation": "Les sommes versées pour les vacances ({paid}) ne réduisent que l'indemnité de vacances.",
    "paid.wages": "Les sommes versées comme dernier salaire ordinaire ({paid}) ne sont déduites d'aucun montant "
                  "calculé ici.",
    # Vacances
    "vacation.rate": "Taux de l'indemnité de vacances : {rate} du salaire brut ({threshold}{cite}).",
    "vacation.rate_threshold": "{years} ans de service ou plus; ",
    "vacation.unknown": "Montant de l'indemnité de vacances : non calculé, le salaire de l'année de référence n'est "
                        "pas connu. L'indemnité compensatrice de préavis compte comme salaire dans sa base.",
    "vacation.completed": "Dernière année de référence terminée (le {year_end}; congé ni pris ni payé) : {wages} "
                          "\u00d7 {rate} = {amount}{rate_note}.",
    "vacation.completed_rate_note": " (taux selon {service} de service à la fin de cette année)",
    "vacation.current": "Année de référence en cours jusqu'à la fin d'emploi : ({wages} de salaire + {owed} "
                        "d'indemnité compensatrice de préavis + {completed} pour l'année terminée, tous des "
                        "salaires de cette année) \u00d7 {rate} = {amount}.",
    "vacation.total": "Indemnité de vacances à la fin d'emploi : {completed} + {current} = {amount} ({cite}).",
    "vacation.partial": "Un seul des deux salaires de l'année de référence est connu : l'autre compte pour 0; ce "
                        "montant est donc un minimum.",
    "vacation.fed_reading": "Lecture retenue : le taux du Code dépend du service à la fin de chaque année "
                            "d'emploi; le taux selon le service à la fin d'emploi est utilisé pour les deux parties.",
    "vacation.shortfall": "Déjà versé pour les vacances : {paid}; indemnité de vacances encore due : {amount}.",
    "total": "Total réclamé : {shortfall} + {vacation} (vacances) = {amount}.",
    # Exigibilité et prescription
    "head": "{label} : {amount}, exigible le {due}, prescrite le {prescription} ({cite}).",
    "head.label.individual_indemnity": "Indemnité compensatrice de préavis",
    "head.label.collective_indemnity": "Indemnité de licenciement collectif",
    "head.label.severance_pay": "Indemnité de départ",
    "head.label.vacation_indemnity": "Indemnité de vacances",
    "due.layoff": "Après une mise à pied de plus de 6 mois ou de durée indéterminée, l'indemnité n'est exigible "
                  "qu'au bout de 6 mois ({cite}) : elle ne peut pas être réclamée avant le {due}.",
    "due.recall": "Droit de rappel de {months} prévu à la convention collective : l'indemnité est exigible à la "
                  "fin de ce droit ou un an après la mise à pied, selon la première de ces dates ({cite}) : le "
                  "{due}.",
    "due.fed_layoff": "Lecture retenue : une mise à pied devient un licenciement après 3 mois ({cite}); les sommes "
                      "sont dues à ce moment, le {due}.",
    "prescription.rule": "Chaque somme se prescrit par un an à compter de son exigibilité ({cite}). Seul l'avis "
                         "d'enquête de la CNESST suspend la prescription, pour six mois, à l'égard de tous les "
                         "salariés de l'employeur ({cite_suspension}); une mise en demeure ne l'interrompt pas "
                         "(seule une demande en justice le fait, {cite_judicial}).",
    "prescription.fed": "Une plainte pour les sommes dues doit être déposée dans les six mois du jour où elles "
                        "étaient dues ({cite}).",
    "prescription.suspended": "La CNESST a posté un avis d'enquête à l'employeur le {date} : la prescription est "
                              "suspendue pendant six mois ({cite}).",
    # Délais
    "claim.QC": "Délai pour réclamer les sommes dues : le {date} (un an après la fin d'emploi, {cite}), la date la "
                "plus prudente.",
    "claim.QC.suspended": "Délai pour réclamer les sommes dues : le {date} (un an après la fin d'emploi, reporté de "
                          "six mois par l'avis d'enquête, {cite}).",
    "claim.QC.later_due": " Après une mise à pied, l'indemnité devient exigible plus tard, ce qui laisse plus de "
                          "temps : voir les dates d'exigibilité ci-dessus.",
    "claim.CA-FED": "Délai pour porter plainte pour les sommes dues : au plus tôt le {date} (six mois à compter du "
                    "jour où elles étaient dues, {cite}).",
    "deadline": "Aussi : {label}, au plus tard le {date} ({cite}).",
    "civil": "Après les délais de la loi, un recours civil pour un délai de congé raisonnable demeure "
             "({cite_basis}) : un tribunal en fixe le montant selon l'âge, le service, le poste et la difficulté de "
             "retrouver un emploi semblable; ce programme ne le calcule pas (les montants de la loi en sont le "
             "minimum). Il se prescrit par trois ans à compter de la fin d'emploi ({cite}) : le {date}. Les intérêts "
             "et l'indemnité additionnelle courent à compter de la mise en demeure ({cite_interest}).",
    "grievance": "Couverte par une convention collective : la procédure de grief passe d'abord, et la plainte pour "
                 "congédiement n'est pas ouverte (une autre procédure de réparation existe). Un organisme sans but "
                 "lucratif peut déposer la plainte pécuniaire à la CNESST avec le consentement écrit de la "
                 "personne ({cite}).",
    # Statut et lectures
    "contractor.QC": "La personne était traitée comme travailleur autonome. Cela ne change aucun chiffre : qui suit "
                     "les trajets, méthodes et application imposés est salarié, quoi qu'en dise le contrat "
                     "({cite}). L'entreprise cliente est solidairement responsable avec le sous-traitant des "
                     "sommes fixées par la loi ({cite_solidary}); lecture : que cela couvre l'indemnité collective "
                     "n'est pas tranché.",
    "contractor.CA-FED": "La personne était traitée comme entrepreneur indépendant. Cela ne change aucun chiffre : "
                         "les normes du Code suivent la relation réelle ({cite}).",
    "fed.reading": "Lecture retenue : le Code ne s'applique qu'à un employeur de compétence fédérale (p. ex. le "
                   "transport interprovincial); un service de livraison à l'intérieur du Québec relève normalement "
                   "de la loi québécoise.",
    "fixed_term.reading": "Lecture retenue : un contrat à durée déterminée rompu avant son terme n'est pas arrivé "
                          "à échéance; il n'est donc pas exclu ({cite}).",
}

#: noms des délais (le panneau, le rapport et les avertissements les nomment ainsi)
DEADLINES: dict[str, str] = {
    "claim": "réclamation des sommes dues",
    "dismissal_complaint_45d": "plainte pour congédiement sans cause juste et suffisante (2 ans de service, sans "
                               "procédure de grief)",
    "reprisal_complaint_45d": "plainte pour pratique interdite, si la fin d'emploi constitue des représailles",
    "civil_reasonable_notice": "recours civil pour un délai de congé raisonnable",
    "money_complaint_6m": "plainte pour les sommes dues",
    "unjust_dismissal_90d": "plainte pour congédiement injuste (12 mois de service, sans convention collective)",
}

#: Les lignes du panneau sur les chefs de réclamation, les recours et les signalements (clinic_app.domain.remedies).
PANEL: dict[str, str] = {
    "head": "{label} : {amount} — exigible le {due}, prescrite le {prescription}",
    "head.not_yet_due": " (pas encore exigible : ne pas la réclamer avant le {due})",
    "head.prescribed": " (date de prescription passée)",
    "deadline.open": "{label} : jusqu'au {date} — ouvert, {days} restants",
    "deadline.passed": "{label} : jusqu'au {date} — PASSÉ",
    "deadline.today": "{label} : jusqu'au {date} — ouvert, dernier jour aujourd'hui",
    "flag.classified_as_contractor": "Traitée comme travailleur autonome : calculé comme pour une personne "
                                     "salariée (statut à faire valoir).",
    "flag.notice_void_during_layoff": "Un préavis remis pendant la mise à pied ne compte pas.",
    "flag.serious_fault_alleged": "Faute grave invoquée, non établie : l'employeur doit la prouver; les chiffres "
                                  "sont la réclamation de la personne.",
    "flag.collective_indemnity_excused": "Événement imprévu : pas d'indemnité collective si l'employeur le "
                                         "prouve; le préavis individuel est dû.",
    "flag.notice_given_unknown": "Préavis reçu : inconnu (calculé comme nul).",
    "flag.collective_notice_given_unknown": "Avis au ministre : inconnu (calculé comme nul).",
    "flag.grievance_first": "Membre d'un syndicat : la procédure de grief passe d'abord.",
    "flag.vacation_wages_partial": "Un seul des deux salaires de vacances est connu : le montant des vacances "
                                   "est un minimum.",
    "flag.not_yet_due": "Une somme n'est pas encore exigible : aucune demande avant sa date d'exigibilité.",
}

#: Les mots du tableau des délais (clinic_app.domain.deadlines).
DASHBOARD: dict[str, str] = {
    "in_days": "dans {days}",
    "today": "dernier jour aujourd'hui",
    "passed_ago": "passé depuis {days}",
    "save.later_due": "après une mise à pied, l'indemnité devient exigible et se prescrit plus tard (voir ce chef)",
    "save.civil": "le recours civil pour un délai de congé raisonnable reste ouvert jusqu'au {date}",
    "save.inquiry_before": "un avis d'enquête de la CNESST posté à l'employeur avant l'échéance l'a suspendue "
                           "(inscrire sa date sur le site)",
}
