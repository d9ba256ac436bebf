<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgenciesPage</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No member has a signing certificate yet — import yours with Import PKCS#12… to sign request packages.</source>
        <translation>Aucun membre n&apos;a encore de certificat de signature — importez le vôtre avec « Importer PKCS#12… » pour signer les paquets de demandes.</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Douane</translation>
    </message>
    <message>
        <source>Joint centre</source>
        <translation>Centre commun</translation>
    </message>
    <message>
        <source>Military police</source>
        <translation>Police militaire</translation>
    </message>
    <message>
        <source>Administrative authority</source>
        <translation>Autorité administrative</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <source>Expires today (%1)</source>
        <translation>Expire aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Non valable avant le %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b *.p7c);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Agencies and trust</source>
        <translation>Services et confiance</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the agencies and certificates</source>
        <translation>Recharger les services et les certificats</translation>
    </message>
    <message>
        <source>&amp;Partner agencies</source>
        <translation>Services &amp;partenaires</translation>
    </message>
    <message>
        <source>&amp;My signing credentials</source>
        <translation>&amp;Mes certificats de signature</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <source>The certificate is pinned to %1.</source>
        <translation>Le certificat est épinglé à %1.</translation>
    </message>
    <message>
        <source>%1 certificates are pinned to %2.</source>
        <translation>%1 certificats sont épinglés à %2.</translation>
    </message>
    <message>
        <source>Nothing new: this certificate is already in the trust store.</source>
        <translation>Rien de nouveau : ce certificat se trouve déjà dans le magasin de confiance.</translation>
    </message>
    <message>
        <source>Nothing new: these certificates are already in the trust store.</source>
        <translation>Rien de nouveau : ces certificats se trouvent déjà dans le magasin de confiance.</translation>
    </message>
    <message>
        <source>Remove a pinned certificate</source>
        <translation>Supprimer un certificat épinglé</translation>
    </message>
    <message>
        <source>Remove %1 from the trust store of %2? Packages signed under it will no longer be trusted.

SHA-256 %3</source>
        <translation>Supprimer %1 du magasin de confiance de %2 ? Les paquets signés avec ce certificat ne seront plus considérés comme fiables.

SHA-256 %3</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the certificate from the trust store</source>
        <translation>Supprimer le certificat du magasin de confiance</translation>
    </message>
    <message>
        <source>The certificate was removed from %1.</source>
        <translation>Le certificat a été supprimé de %1.</translation>
    </message>
    <message>
        <source>Your signing certificate</source>
        <translation>Votre certificat de signature</translation>
    </message>
    <message>
        <source>Signing certificate of %1 imported: %2.</source>
        <translation>Certificat de signature de %1 importé : %2.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>24/7 contact</source>
        <translation>Contact 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>No certificate is pinned to this agency: its signed packages cannot be verified.</source>
        <translation>Aucun certificat n&apos;est épinglé à ce service : ses paquets signés ne peuvent pas être vérifiés.</translation>
    </message>
</context>
<context>
    <name>AlmanacPage</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Zone couverte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>The almanac is empty — import a CSV file of liaison officers with Import CSV…</source>
        <translation>L&apos;annuaire est vide — importez un fichier CSV d&apos;officiers de liaison avec « Importer un CSV… ».</translation>
    </message>
    <message>
        <source>No liaison officer matches “%1”.</source>
        <translation>Aucun officier de liaison ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Liaison officers</source>
        <translation>Officiers de liaison</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import liaison officers from a CSV file</source>
        <translation>Importer des officiers de liaison depuis un fichier CSV</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the almanac to a CSV file</source>
        <translation>Exporter l&apos;annuaire dans un fichier CSV</translation>
    </message>
    <message>
        <source>Search the almanac</source>
        <translation>Rechercher dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Name, agency, posting, region, language…</source>
        <translation>Nom, service, affectation, région, langue…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Number of officers shown</source>
        <translation>Nombre d&apos;officiers affichés</translation>
    </message>
    <message>
        <source>Liaison officers found</source>
        <translation>Officiers de liaison trouvés</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Copy &amp;phone</source>
        <translation>Copier le &amp;téléphone</translation>
    </message>
    <message>
        <source>Copy the officer&apos;s phone number</source>
        <translation>Copier le numéro de téléphone de l&apos;officier</translation>
    </message>
    <message>
        <source>Copy &amp;e-mail</source>
        <translation>Copier l&apos;&amp;e-mail</translation>
    </message>
    <message>
        <source>Copy the officer&apos;s e-mail address</source>
        <translation>Copier l&apos;adresse e-mail de l&apos;officier</translation>
    </message>
    <message>
        <source>the first %1 officers — narrow the search</source>
        <translation>les %1 premiers officiers — affinez la recherche</translation>
    </message>
    <message>
        <source>1 officer</source>
        <translation>1 officier</translation>
    </message>
    <message>
        <source>%1 officers</source>
        <translation>%1 officiers</translation>
    </message>
    <message>
        <source>The phone number of %1 is on the clipboard.</source>
        <translation>Le numéro de téléphone de %1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The e-mail address of %1 is on the clipboard.</source>
        <translation>L&apos;adresse e-mail de %1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Import liaison officers</source>
        <translation>Importer des officiers de liaison</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: every line was rejected.</source>
        <translation>Rien n&apos;a été importé : toutes les lignes ont été rejetées.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file lists no officers.</source>
        <translation>Rien n&apos;a été importé : le fichier ne contient aucun officier.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
    <message>
        <source>Export the almanac</source>
        <translation>Exporter l&apos;annuaire</translation>
    </message>
    <message>
        <source>The whole almanac will be written to a CSV file that is not encrypted: anyone who gets hold of it can read every officer&apos;s name, phone number and e-mail address. Keep it on an encrypted drive and delete it when it is no longer needed.</source>
        <translation>L&apos;annuaire complet sera écrit dans un fichier CSV non chiffré : quiconque s&apos;en procure une copie peut lire le nom, le numéro de téléphone et l&apos;adresse e-mail de chaque officier. Conservez-le sur un disque chiffré et supprimez-le dès qu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the almanac unencrypted</source>
        <translation>Exporter l&apos;annuaire sans chiffrement</translation>
    </message>
    <message>
        <source>almanac.csv</source>
        <translation>annuaire.csv</translation>
    </message>
    <message>
        <source>The almanac was written, unencrypted, to %1.</source>
        <translation>L&apos;annuaire a été écrit, sans chiffrement, dans %1.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <source>Answer request %1 with a signed package</source>
        <translation>Répondre à la demande %1 par un paquet signé</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Why this request cannot be answered</source>
        <translation>Pourquoi il n&apos;est pas possible de répondre à cette demande</translation>
    </message>
    <message>
        <source>Answer goes to</source>
        <translation>Destinataire de la réponse</translation>
    </message>
    <message>
        <source>&amp;Encrypt for the partner</source>
        <translation>&amp;Chiffrer pour le partenaire</translation>
    </message>
    <message>
        <source>Encrypt the answer for the partner agency</source>
        <translation>Chiffrer la réponse pour le service partenaire</translation>
    </message>
    <message>
        <source>Text of the answer</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>Répo&amp;nse :</translation>
    </message>
    <message>
        <source>File the answer package is written to</source>
        <translation>Fichier dans lequel le paquet de réponse est écrit</translation>
    </message>
    <message>
        <source>Choose where to write the answer package</source>
        <translation>Choisir où écrire le paquet de réponse</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>État de la réponse</translation>
    </message>
    <message>
        <source>Sign and &amp;write</source>
        <translation>Signer et écri&amp;re</translation>
    </message>
    <message>
        <source>Sign the answer package and write it</source>
        <translation>Signer le paquet de réponse et l&apos;écrire</translation>
    </message>
    <message>
        <source>Close the answer dialog</source>
        <translation>Fermer la fenêtre de réponse</translation>
    </message>
    <message>
        <source>%1 cannot be answered.</source>
        <translation>Il n&apos;est pas possible de répondre à %1.</translation>
    </message>
    <message>
        <source>Send the answer to %1 again — %2</source>
        <translation>Renvoyer la réponse à %1 — %2</translation>
    </message>
    <message>
        <source>Answer %1 — %2</source>
        <translation>Répondre à %1 — %2</translation>
    </message>
    <message>
        <source>Signing and writing the answer…</source>
        <translation>Signature et écriture de la réponse…</translation>
    </message>
</context>
<context>
    <name>AnswersChart</name>
    <message>
        <source>Urgent, directly accessible</source>
        <translation>Urgentes, directement accessibles</translation>
    </message>
    <message>
        <source>Urgent, indirectly accessible</source>
        <translation>Urgentes, indirectement accessibles</translation>
    </message>
    <message>
        <source>Other requests</source>
        <translation>Autres demandes</translation>
    </message>
    <message>
        <source>Urgent observation, from the crossing</source>
        <translation>Observation urgente, dès le franchissement</translation>
    </message>
    <message>
        <source>Answer times chart</source>
        <translation>Graphique des temps de réponse</translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Answered in time, per partner</source>
        <translation>Réponses dans les délais, par partenaire</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 in time</source>
        <translation>%1, %2 : %3 sur %4 dans les délais</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3): answered %4 after %5; deadline %6; %7</source>
        <translation>%1 (%2, %3) : réponse le %4, après %5 ; délai %6 ; %7</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers in time (%4)</source>
        <translation>%1 : %2 réponses sur %3 dans les délais (%4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers late (%4)</source>
        <translation>%1 : %2 réponses sur %3 en retard (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answered request(s) with a legal deadline; %1 in time (%2), %3 late.</source>
        <translation>
            <numerusform>%Ln demande avec délai légal a reçu une réponse ; %1 dans les délais (%2), %3 en retard.</numerusform>
            <numerusform>%Ln demandes avec délai légal ont reçu une réponse ; %1 dans les délais (%2), %3 en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest %1 of %2 answers are drawn; the counts include them all.</source>
        <translation>Seules les %1 réponses les plus récentes sur %2 sont représentées ; les totaux les incluent toutes.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Établie par</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise le</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partenaire :</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Base légale :</translation>
    </message>
    <message>
        <source>Events date:</source>
        <translation>Date des faits :</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgence :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Créée par :</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Soumise par :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Your own — another supervisor must decide</source>
        <translation>Votre propre demande — un autre superviseur doit décider</translation>
    </message>
    <message>
        <source>No requests are waiting for approval.</source>
        <translation>Aucune demande n&apos;attend d&apos;approbation.</translation>
    </message>
    <message>
        <source>Only supervisors approve requests.</source>
        <translation>Seuls les superviseurs approuvent les demandes.</translation>
    </message>
    <message>
        <source>Requests waiting for approval</source>
        <translation>Demandes en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Number of requests waiting</source>
        <translation>Nombre de demandes en attente</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the requests waiting for approval</source>
        <translation>Recharger les demandes en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation>Dernière décision</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Request text</source>
        <translation>Texte de la demande</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Approuver la demande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation>Rejeter la demande sélectionnée</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2 requests</source>
        <translation>les %1 premières des %2 demandes</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>%1 [to be confirmed]</source>
        <translation>%1 [à confirmer]</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Pas d&apos;échéance</translation>
    </message>
    <message>
        <source>%1 approved. Sign it with your certificate now, or later from Requests.</source>
        <translation>%1 approuvée. Signez-la maintenant avec votre certificat, ou plus tard depuis Demandes.</translation>
    </message>
    <message>
        <source>%1 rejected.</source>
        <translation>%1 rejetée.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
    <message>
        <source>Content of %1</source>
        <translation>Contenu de %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texte de %1</translation>
    </message>
    <message>
        <source>Why it cannot be shown</source>
        <translation>Pourquoi elle ne peut pas être affichée</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Page affichée</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Fermer la visionneuse</translation>
    </message>
    <message>
        <source>%1 is a kind of file this app cannot show (%2). Save a decrypted copy to open it elsewhere.</source>
        <translation>%1 est un type de fichier que cette application ne peut pas afficher (%2). Enregistrez une copie déchiffrée pour l&apos;ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>PDF files cannot be shown: the PDF renderer is not installed.</source>
        <translation>Les fichiers PDF ne peuvent pas être affichés : le moteur de rendu PDF n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 n&apos;est pas un fichier PDF lisible.</translation>
    </message>
    <message>
        <source>Page %1 could not be read.</source>
        <translation>La page %1 n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 ne contient aucune page.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>ID de l&apos;entité</translation>
    </message>
    <message>
        <source>The audit log has no entries.</source>
        <translation>Le journal d&apos;audit ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Verify the audit log again</source>
        <translation>Vérifier à nouveau le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Sign the log&apos;s head…</source>
        <translation>&amp;Signer la tête du journal…</translation>
    </message>
    <message>
        <source>Sign the head of the audit log with your certificate</source>
        <translation>Signer la tête du journal d&apos;audit avec votre certificat</translation>
    </message>
    <message>
        <source>Sign the newest entry with your signing certificate: a log later cut short is detected.</source>
        <translation>Signer l&apos;entrée la plus récente avec votre certificat de signature : un journal tronqué par la suite sera détecté.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the signed head…</source>
        <translation>En&amp;registrer la tête signée…</translation>
    </message>
    <message>
        <source>Save the newest signed head to a file</source>
        <translation>Enregistrer la tête signée la plus récente dans un fichier</translation>
    </message>
    <message>
        <source>Keep the newest signed head outside the case file: casedesk audit verify --anchor then detects a truncation even if the signed heads inside were deleted.</source>
        <translation>Conservez la tête signée la plus récente hors du fichier de dossier : casedesk audit verify --anchor détecte alors une troncature même si les têtes signées qu’il contient ont été supprimées.</translation>
    </message>
    <message>
        <source>Audit log verification</source>
        <translation>Vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Filter the entries</source>
        <translation>Filtrer les entrées</translation>
    </message>
    <message>
        <source>Member, action, entity…</source>
        <translation>Membre, action, entité…</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre :</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Nombre d&apos;entrées affichées</translation>
    </message>
    <message>
        <source>Newest audit log entries</source>
        <translation>Entrées les plus récentes du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Vérification du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>Vérification du journal d&apos;audit en cours</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Save the signed head</source>
        <translation>Enregistrer la tête signée</translation>
    </message>
    <message>
        <source>Signed heads (*.json)</source>
        <translation>Têtes signées (*.json)</translation>
    </message>
    <message>
        <source>The signed head of entry %1 was saved as %2; keep it outside the case file.</source>
        <translation>La tête signée de l’entrée %1 a été enregistrée sous %2 ; conservez-la hors du fichier de dossier.</translation>
    </message>
    <message>
        <source>Sign the log&apos;s head</source>
        <translation>Signer la tête du journal</translation>
    </message>
    <message>
        <source>Password of your signing certificate (empty: the one remembered on this computer):</source>
        <translation>Mot de passe de votre certificat de signature (vide : celui mémorisé sur cet ordinateur) :</translation>
    </message>
    <message>
        <source>Password of your signing certificate</source>
        <translation>Mot de passe de votre certificat de signature</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries</source>
        <translation>Journal d&apos;audit intact : %1 entrées</translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1 entries, cut short or rewritten below a signed head.</source>
        <translation>Journal d&apos;audit CORROMPU : %1 entrées, tronqué ou réécrit sous une tête signée.</translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1 entries, the chain does not verify.</source>
        <translation>Journal d&apos;audit CORROMPU : %1 entrées, la chaîne ne se vérifie pas.</translation>
    </message>
    <message>
        <source>… and %1 more (run `casedesk check`).</source>
        <translation>… et %1 de plus (lancez `casedesk check`).</translation>
    </message>
    <message>
        <source>Its head was never signed: a log cut short would not be noticed.</source>
        <translation>Sa tête n&apos;a jamais été signée : un journal tronqué passerait inaperçu.</translation>
    </message>
    <message>
        <source>Head signed at entry %1 by %2, %3.</source>
        <translation>Tête signée à l&apos;entrée %1 par %2, %3.</translation>
    </message>
    <message>
        <source>A new signature is due: a supervisor&apos;s next package signs it, or sign it here.</source>
        <translation>Une nouvelle signature de la tête du journal est due : le prochain paquet signé par un superviseur l’apposera, ou signez-la ici.</translation>
    </message>
    <message>
        <source>%1 of the newest %2 entries match</source>
        <translation>%1 des %2 entrées les plus récentes correspondent</translation>
    </message>
    <message>
        <source>the newest %1 entries</source>
        <translation>les %1 entrées les plus récentes</translation>
    </message>
</context>
<context>
    <name>BorderMap</name>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Borders: Natural Earth (public domain)</source>
        <translation>Frontières : Natural Earth (domaine public)</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>%1°%2</source>
        <translation>%1°%2</translation>
    </message>
    <message>
        <source>North Sea</source>
        <translation>Mer du Nord</translation>
    </message>
    <message>
        <source>Notified in time</source>
        <translation>Informé dans les délais</translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation>Informé en retard</translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation>Non informé</translation>
    </message>
    <message>
        <source>Rule: notify at the latest on crossing</source>
        <translation>Règle : informer au plus tard au franchissement de la frontière</translation>
    </message>
    <message>
        <source>Rule: notify within %1 hours of crossing</source>
        <translation>Règle : informer dans les %1 heures suivant le franchissement</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Crossed at: %1</source>
        <translation>Franchissement : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Delay: the host was not notified</source>
        <translation>Délai : l&apos;État d&apos;accueil n&apos;a pas été informé</translation>
    </message>
    <message>
        <source>Delay: %1</source>
        <translation>Délai : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approximate position</source>
        <translation>Position approximative</translation>
    </message>
    <message>
        <source>… and %1 more here</source>
        <translation>… et %1 de plus ici</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>Nearest crossing point: %1 (%2), %3 km away (approximate position)</source>
        <translation>Point de passage le plus proche : %1 (%2), à %3 km (position approximative)</translation>
    </message>
</context>
<context>
    <name>BorderMapPage</name>
    <message>
        <source>Kind of case</source>
        <translation>Type de dossier</translation>
    </message>
    <message>
        <source>Pursuits and observations</source>
        <translation>Poursuites et observations</translation>
    </message>
    <message>
        <source>Pursuits</source>
        <translation>Poursuites</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>First crossing from</source>
        <translation>Premier franchissement à partir du</translation>
    </message>
    <message>
        <source>First crossing until</source>
        <translation>Premier franchissement jusqu&apos;au</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the map</source>
        <translation>Recharger la carte</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Crossed &amp;from</source>
        <translation>Frontière franchie &amp;du</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>P&amp;ick on the map</source>
        <translation>C&amp;hoisir sur la carte</translation>
    </message>
    <message>
        <source>Pick a place on the map</source>
        <translation>Choisir un lieu sur la carte</translation>
    </message>
    <message>
        <source>While this is on, a click on the map picks that place.</source>
        <translation>Tant que ce bouton est activé, un clic sur la carte choisit ce lieu.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole region</source>
        <translation>Afficher toute la région</translation>
    </message>
    <message>
        <source>Show the whole region (Home)</source>
        <translation>Afficher toute la région (touche Début)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Save the map as a PNG or SVG image</source>
        <translation>Enregistrer la carte en image PNG ou SVG</translation>
    </message>
    <message>
        <source>No crossings</source>
        <translation>Aucun franchissement</translation>
    </message>
    <message>
        <source>Number of crossings shown</source>
        <translation>Nombre de franchissements affichés</translation>
    </message>
    <message>
        <source>Picked place</source>
        <translation>Lieu choisi</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation>Code du service partenaire</translation>
    </message>
    <message>
        <source>Code or its start, e.g. NL-</source>
        <translation>Code ou son début, p. ex. NL-</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
    <message>
        <source>No border crossing with a position matches the filters.</source>
        <translation>Aucun franchissement de frontière avec une position ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>No border crossing with a position in this case file.</source>
        <translation>Aucun franchissement de frontière avec une position dans ce fichier de dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln crossing(s) shown</source>
        <translation>
            <numerusform>%Ln franchissement affiché</numerusform>
            <numerusform>%Ln franchissements affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 crossings are shown.</source>
        <translation>Les %1 premiers franchissements sont affichés.</translation>
    </message>
    <message>
        <source>Click the map to pick a place.</source>
        <translation>Cliquez sur la carte pour choisir un lieu.</translation>
    </message>
    <message>
        <source>Picked: %1</source>
        <translation>Lieu choisi : %1</translation>
    </message>
    <message>
        <source>Export the border map</source>
        <translation>Exporter la carte frontalière</translation>
    </message>
    <message>
        <source>border-map.png</source>
        <translation>carte-frontaliere.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>The map was saved as %1.</source>
        <translation>La carte a été enregistrée sous %1.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>The case file is locked.</source>
        <translation>Le fichier de dossier est verrouillé.</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Dossier %1 ouvert.</translation>
    </message>
    <message>
        <source>Crossed the border at…</source>
        <translation>Frontière franchie à…</translation>
    </message>
    <message>
        <source>Crossed the border</source>
        <translation>Frontière franchie</translation>
    </message>
    <message>
        <source>Host notified at…</source>
        <translation>État d&apos;accueil informé à…</translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation>État d&apos;accueil informé</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>%1 recorded at %2.</source>
        <translation>« %1 » enregistré : %2.</translation>
    </message>
    <message>
        <source>Person, vehicle or object added.</source>
        <translation>Personne, véhicule ou objet ajouté.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation>Tâche ajoutée.</translation>
    </message>
    <message>
        <source>Task marked done.</source>
        <translation>Tâche marquée comme faite.</translation>
    </message>
    <message>
        <source>Request %1 linked.</source>
        <translation>Demande %1 liée.</translation>
    </message>
    <message>
        <source>Close case %1? It leaves the list of open cases; its timeline, notes and attachments stay in the case file.</source>
        <translation>Clôturer le dossier %1 ? Il quitte la liste des dossiers ouverts ; sa chronologie, ses notes et ses pièces jointes restent dans le fichier de dossier.</translation>
    </message>
    <message>
        <source>Case %1 closed.</source>
        <translation>Dossier %1 clôturé.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Ce dossier est clôturé.</translation>
    </message>
    <message>
        <source>1 file attached, stored encrypted.</source>
        <translation>1 fichier joint, conservé chiffré.</translation>
    </message>
    <message>
        <source>%1 files attached, stored encrypted.</source>
        <translation>%1 fichiers joints, conservés chiffrés.</translation>
    </message>
    <message>
        <source>The copy of %1 (handling code %2) will be written to disk UNENCRYPTED, outside the case file: anyone who can read that folder can read it. Saving it is recorded in the audit log. Save a decrypted copy?</source>
        <translation>La copie de %1 (code de traitement %2) sera écrite sur le disque SANS CHIFFREMENT, en dehors du fichier de dossier : quiconque peut lire ce répertoire pourra la lire. L&apos;enregistrement est consigné dans le journal d&apos;audit. Enregistrer une copie déchiffrée ?</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Enregistrer une copie déchiffrée</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Choisir l&apos;emplacement…</translation>
    </message>
    <message>
        <source>Decrypted copy of %1 saved to %2.</source>
        <translation>Copie déchiffrée de %1 enregistrée dans %2.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name or plate</source>
        <translation>Nom ou immatriculation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Rédigée le</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Service responsable</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>Code de traitement</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Retour à la liste</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Retour à la liste des dossiers</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Clôturer le dossier…</translation>
    </message>
    <message>
        <source>Close this case</source>
        <translation>Clôturer ce dossier</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>Imprimer / enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print this case or save it as PDF</source>
        <translation>Imprimer ce dossier ou l&apos;enregistrer en PDF</translation>
    </message>
    <message>
        <source>Print the case summary with its timeline, or save it as PDF (Ctrl+P)</source>
        <translation>Imprimer le résumé du dossier avec sa chronologie, ou l&apos;enregistrer en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Imprimer ou enregistrer en PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <translation>Faits du dossier</translation>
    </message>
    <message>
        <source>Timeline, oldest first</source>
        <translation>Chronologie, la plus ancienne en premier</translation>
    </message>
    <message>
        <source>Crossed the &amp;border at…</source>
        <translation>&amp;Frontière franchie à…</translation>
    </message>
    <message>
        <source>Record the border crossing</source>
        <translation>Enregistrer le franchissement de la frontière</translation>
    </message>
    <message>
        <source>&amp;Host notified at…</source>
        <translation>État d&apos;&amp;accueil informé à…</translation>
    </message>
    <message>
        <source>Record when the host was notified</source>
        <translation>Enregistrer le moment où l&apos;État d&apos;accueil a été informé</translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation>A&amp;jouter un événement…</translation>
    </message>
    <message>
        <source>Add an event to the timeline</source>
        <translation>Ajouter un événement à la chronologie</translation>
    </message>
    <message>
        <source>Persons, vehicles and objects</source>
        <translation>Personnes, véhicules et objets</translation>
    </message>
    <message>
        <source>Add &amp;person or vehicle…</source>
        <translation>Ajouter une pers&amp;onne ou un véhicule…</translation>
    </message>
    <message>
        <source>Add a person, vehicle or object</source>
        <translation>Ajouter une personne, un véhicule ou un objet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>A&amp;jouter une note…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation>Ajouter une tâc&amp;he…</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme faite</translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation>Marquer la tâche sélectionnée comme faite</translation>
    </message>
    <message>
        <source>Linked requests</source>
        <translation>Demandes liées</translation>
    </message>
    <message>
        <source>&amp;Link a request…</source>
        <translation>&amp;Lier une demande…</translation>
    </message>
    <message>
        <source>Link an existing request to this case</source>
        <translation>Lier une demande existante à ce dossier</translation>
    </message>
    <message>
        <source>&amp;Open request</source>
        <translation>&amp;Ouvrir la demande</translation>
    </message>
    <message>
        <source>Open the selected request</source>
        <translation>Ouvrir la demande sélectionnée</translation>
    </message>
    <message>
        <source>Attachments (drop files here to attach them)</source>
        <translation>Pièces jointes (déposez des fichiers ici pour les joindre)</translation>
    </message>
    <message>
        <source>Handling code of files attached next</source>
        <translation>Code de traitement des prochains fichiers joints</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach files to this case</source>
        <translation>Joindre des fichiers à ce dossier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>View the selected attachment</source>
        <translation>Afficher la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Save a decrypted copy…</source>
        <translation>&amp;Enregistrer une copie déchiffrée…</translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation>Enregistrer une copie déchiffrée de la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Drop files on the list to attach them; they are stored encrypted in the case file.</source>
        <translation>Déposez des fichiers sur la liste pour les joindre ; ils sont conservés chiffrés dans le fichier de dossier.</translation>
    </message>
    <message>
        <source>New files: &amp;handling</source>
        <translation>Nouveaux fichiers : code de tr&amp;aitement</translation>
    </message>
    <message>
        <source>T&amp;imeline (%1)</source>
        <translation>Chronolo&amp;gie (%1)</translation>
    </message>
    <message>
        <source>Timeline chart (%1)</source>
        <translation>Graphique chronologique (%1)</translation>
    </message>
    <message>
        <source>Persons and &amp;vehicles (%1)</source>
        <translation>Personnes et &amp;véhicules (%1)</translation>
    </message>
    <message>
        <source>N&amp;otes (%1)</source>
        <translation>&amp;Notes (%1)</translation>
    </message>
    <message>
        <source>Tas&amp;ks (%1)</source>
        <translation>&amp;Tâches (%1)</translation>
    </message>
    <message>
        <source>&amp;Requests (%1)</source>
        <translation>&amp;Demandes (%1)</translation>
    </message>
    <message>
        <source>Attach&amp;ments (%1)</source>
        <translation>&amp;Pièces jointes (%1)</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>Aucun résumé.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Ce dossier est clôturé.</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Point de passage</translation>
    </message>
    <message>
        <source>Crossed the border</source>
        <translation>Frontière franchie</translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation>État d&apos;accueil informé</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Urgent observation</source>
        <translation>Observation urgente</translation>
    </message>
    <message>
        <source>Authorisation reference</source>
        <translation>Référence de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisée le</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Prolongations</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>States of operation</source>
        <translation>États d&apos;intervention</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Nature of the assistance</source>
        <translation>Nature de l&apos;assistance</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Convenue le</translation>
    </message>
    <message>
        <source>until %1, agreed on %2</source>
        <translation>jusqu&apos;au %1, convenue le %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CasePrinting</name>
    <message>
        <source>Save the case as PDF</source>
        <translation>Enregistrer le dossier en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The case could not be saved to %1.</source>
        <translation>Le dossier n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Case %1 saved as PDF to %2.</source>
        <translation>Dossier %1 enregistré en PDF dans %2.</translation>
    </message>
    <message>
        <source>Print the case</source>
        <translation>Imprimer le dossier</translation>
    </message>
    <message>
        <source>The case could not be printed.</source>
        <translation>Le dossier n&apos;a pas pu être imprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Dossier %1 envoyé à l&apos;imprimante : %n page.</numerusform>
            <numerusform>Dossier %1 envoyé à l&apos;imprimante : %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Printed on %1 by %2.</source>
        <translation>Imprimé le %1 par %2.</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Imprimé le %1.</translation>
    </message>
    <message>
        <source>Most restrictive handling code in this case: %1. %2</source>
        <translation>Code de traitement le plus restrictif de ce dossier : %1. %2</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Aucun événement enregistré.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Rien d&apos;enregistré.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Aucune tâche ouverte.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>CaseTimelineView</name>
    <message>
        <source>Timeline chart</source>
        <translation>Graphique chronologique</translation>
    </message>
    <message>
        <source>The case&apos;s events in lanes per agency over time, and its linked requests with their deadlines.</source>
        <translation>Les événements du dossier dans le temps, sur une ligne par service, et ses demandes liées avec leurs délais.</translation>
    </message>
    <message>
        <source>Time zone of the chart</source>
        <translation>Fuseau horaire du graphique</translation>
    </message>
    <message>
        <source>The zone whose clocks the time axis and the cursor show.</source>
        <translation>Le fuseau horaire dont l&apos;axe du temps et le curseur indiquent l&apos;heure.</translation>
    </message>
    <message>
        <source>Times &amp;in:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole timeline</source>
        <translation>Afficher toute la chronologie</translation>
    </message>
    <message>
        <source>Show every event and request (Home)</source>
        <translation>Afficher tous les événements et toutes les demandes (touche Début)</translation>
    </message>
    <message>
        <source>Timeline chart of the case</source>
        <translation>Graphique chronologique du dossier</translation>
    </message>
    <message>
        <source>Wheel or + and − zoom; drag or Left and Right pan; Home fits everything; Shift with Left and Right moves the cursor; Tab moves between events; Enter or a click opens an event.</source>
        <translation>Molette ou + et − : zoom ; glisser ou flèches gauche et droite : défilement ; Début : tout afficher ; Maj avec gauche et droite : déplacer le curseur ; Tab : passer d&apos;un événement à l&apos;autre ; Entrée ou un clic : ouvrir un événement.</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Événement sélectionné</translation>
    </message>
    <message>
        <source>Linked requests not drawn (their dates were not loaded): %1</source>
        <translation>Demandes liées non représentées (leurs dates n&apos;ont pas été chargées) : %1</translation>
    </message>
    <message>
        <source>This case has no events yet. Events added on the Timeline tab appear here.</source>
        <translation>Ce dossier n&apos;a encore aucun événement. Les événements ajoutés dans l&apos;onglet Chronologie apparaissent ici.</translation>
    </message>
    <message>
        <source>No case is shown.</source>
        <translation>Aucun dossier n&apos;est affiché.</translation>
    </message>
    <message>
        <source>Local time in %1</source>
        <translation>Heure locale (%1)</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Sans service</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>No event selected: Tab selects the first, a click opens one.</source>
        <translation>Aucun événement sélectionné : Tab sélectionne le premier, un clic en ouvre un.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Répondue le : %1</translation>
    </message>
    <message>
        <source>Click to open the request.</source>
        <translation>Cliquez pour ouvrir la demande.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Enregistrer une copie déchiffrée</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturés</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation>Code du service partenaire</translation>
    </message>
    <message>
        <source>Code or its start, e.g. NL-</source>
        <translation>Code ou son début, p. ex. NL-</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Search reference, title or summary (Ctrl+F)</source>
        <translation>Rechercher une référence, un titre ou un résumé (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Ouvrir un nouveau dossier</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Ouvrir un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the cases</source>
        <translation>Recharger les dossiers</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Nombre de dossiers affichés</translation>
    </message>
    <message>
        <source>List scope</source>
        <translation>Portée de la liste</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>— the cases behind the dashboard figure; change a filter to leave it.</source>
        <translation>— les dossiers correspondant au chiffre du tableau de bord ; modifiez un filtre pour en sortir.</translation>
    </message>
    <message>
        <source>The newest %1 cases; narrow the filters to see others.</source>
        <translation>Les %1 dossiers les plus récents ; affinez les filtres pour en voir d&apos;autres.</translation>
    </message>
    <message>
        <source>No open cases — create one with New case.</source>
        <translation>Aucun dossier ouvert — créez-en un avec « Nouveau dossier ».</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Aucun dossier ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>CertificateExpiry</name>
    <message numerus="yes">
        <source>Expires in %Ln day(s) (%1)</source>
        <translation>
            <numerusform>Expire dans %Ln jour (%1)</numerusform>
            <numerusform>Expire dans %Ln jours (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the chart: %1</source>
        <translation>Exporter le graphique : %1</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>Enregistrer ce graphique en image PNG ou en image vectorielle SVG</translation>
    </message>
    <message>
        <source>Save as &amp;PNG image…</source>
        <translation>Enregistrer en image &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG drawing…</source>
        <translation>Enregistrer en image vectorielle &amp;SVG…</translation>
    </message>
    <message>
        <source>About this chart</source>
        <translation>À propos de ce graphique</translation>
    </message>
    <message>
        <source>Value under the pointer</source>
        <translation>Valeur sous le pointeur</translation>
    </message>
    <message>
        <source>Point at a bar or a point for its exact value; click it (or select it with the arrow keys and press Enter) to open the list behind it.</source>
        <translation>Pointez une barre ou un point pour voir sa valeur exacte ; cliquez dessus (ou sélectionnez-le avec les flèches et appuyez sur Entrée) pour ouvrir la liste correspondante.</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <source>Open a case file (a folder ending in .casedesk)</source>
        <translation>Ouvrir un fichier de dossier (un répertoire dont le nom se termine par .casedesk)</translation>
    </message>
    <message>
        <source>Where to keep the new case file</source>
        <translation>Où conserver le nouveau fichier de dossier</translation>
    </message>
    <message>
        <source>Agency escrow certificate</source>
        <translation>Certificat de séquestre du service</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Enregistrer le code de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>CreateCaseFileDialog</name>
    <message>
        <source>Create a case file</source>
        <translation>Créer un fichier de dossier</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Retour à l&apos;étape précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Finish and go to the unlock screen</source>
        <translation>Terminer et passer à l&apos;écran de déverrouillage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel creating a case file</source>
        <translation>Annuler la création du fichier de dossier</translation>
    </message>
    <message>
        <source>A case file is an encrypted folder ending in .casedesk. Keep it where your service&apos;s backups reach it.</source>
        <translation>Un fichier de dossier est un répertoire chiffré dont le nom se termine par .casedesk. Conservez-le à un endroit couvert par les sauvegardes de votre service.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le répertoire</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>for example: pursuits-2026</source>
        <translation>par exemple : poursuites-2026</translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation>Votre service</translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation>(choisir plus tard)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Répertoire :</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier :</translation>
    </message>
    <message>
        <source>Your &amp;agency:</source>
        <translation>Votre ser&amp;vice :</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>Ce&amp;rtificat :</translation>
    </message>
    <message>
        <source>Optional: your agency&apos;s escrow certificate lets the holder of its private key open this case file when no member can. Ask your administrator for the certificate file (PEM).</source>
        <translation>Facultatif : le certificat de séquestre de votre service permet au détenteur de sa clé privée d&apos;ouvrir ce fichier de dossier lorsqu&apos;aucun membre ne le peut. Demandez le fichier du certificat (PEM) à votre administrateur.</translation>
    </message>
    <message>
        <source>Escrow certificate file</source>
        <translation>Fichier du certificat de séquestre</translation>
    </message>
    <message>
        <source>no escrow certificate</source>
        <translation>aucun certificat de séquestre</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the escrow certificate</source>
        <translation>Choisir le certificat de séquestre</translation>
    </message>
    <message>
        <source>Creating the case file and protecting each passphrase; this takes a few seconds…</source>
        <translation>Création du fichier de dossier et protection de chaque phrase secrète ; cela prend quelques secondes…</translation>
    </message>
    <message>
        <source>Creating the case file</source>
        <translation>Création du fichier de dossier en cours</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Cré&amp;er</translation>
    </message>
    <message>
        <source>The case file will be %1</source>
        <translation>Le fichier de dossier sera %1</translation>
    </message>
    <message>
        <source>Choose a folder and a name.</source>
        <translation>Choisissez un répertoire et un nom.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the case file.</source>
        <translation>Choisissez un répertoire existant pour le fichier de dossier.</translation>
    </message>
    <message>
        <source>Give the case file a name.</source>
        <translation>Donnez un nom au fichier de dossier.</translation>
    </message>
    <message>
        <source>A file name cannot contain / \ or : nor start with a dot.</source>
        <translation>Un nom de fichier ne peut contenir ni / ni \ ni :, ni commencer par un point.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no certificate file at %1.</source>
        <translation>Il n&apos;y a pas de fichier de certificat à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The case file could not be created.</source>
        <translation>Le fichier de dossier n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>A supervisor signs the request packages they approved with their own certificate (a PKCS#12 file from their agency&apos;s PKI). Each member imports their own.</source>
        <translation>Un superviseur signe les paquets des demandes qu&apos;il a approuvées avec son propre certificat (un fichier PKCS#12 provenant de l&apos;ICP de son service). Chaque membre importe le sien.</translation>
    </message>
    <message>
        <source>Members&apos; signing certificates</source>
        <translation>Certificats de signature des membres</translation>
    </message>
    <message>
        <source>Your signing certificate</source>
        <translation>Votre certificat de signature</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12…</source>
        <translation>&amp;Importer PKCS#12…</translation>
    </message>
    <message>
        <source>Import your signing certificate from a PKCS#12 file</source>
        <translation>Importer votre certificat de signature depuis un fichier PKCS#12</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>%1, you have no signing certificate in this case file.</source>
        <translation>%1, vous n&apos;avez pas de certificat de signature dans ce fichier de dossier.</translation>
    </message>
    <message>
        <source>Your certificate: %1 — %2.</source>
        <translation>Votre certificat : %1 — %2.</translation>
    </message>
</context>
<context>
    <name>CrossingsModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Crossed at</source>
        <translation>Franchissement</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CrossingsTable</name>
    <message>
        <source>Border crossings on the map</source>
        <translation>Franchissements de frontière sur la carte</translation>
    </message>
    <message>
        <source>Up and Down select a crossing and show it on the map; Enter opens its case.</source>
        <translation>Les flèches haut et bas sélectionnent un franchissement et l&apos;affichent sur la carte ; Entrée ouvre son dossier.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the dashboard</source>
        <translation>Recharger le tableau de bord</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>Imprimer / enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print the dashboard or save it as PDF</source>
        <translation>Imprimer le tableau de bord ou l&apos;enregistrer en PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Requests per month, by kind</source>
        <translation>Demandes par mois, par type</translation>
    </message>
    <message>
        <source>Answer times against the legal deadline</source>
        <translation>Temps de réponse par rapport au délai légal</translation>
    </message>
    <message>
        <source>Equipment loans</source>
        <translation>Prêts de matériel</translation>
    </message>
    <message>
        <source>Group the loans</source>
        <translation>Regrouper les prêts</translation>
    </message>
    <message>
        <source>Per partner agency</source>
        <translation>Par service partenaire</translation>
    </message>
    <message>
        <source>Per equipment type</source>
        <translation>Par type de matériel</translation>
    </message>
    <message>
        <source>Notifying the host after crossing the border</source>
        <translation>Information de l&apos;État d&apos;accueil après le franchissement de la frontière</translation>
    </message>
    <message>
        <source>Dashboard charts</source>
        <translation>Graphiques du tableau de bord</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>Aucune demande sur cette période.</translation>
    </message>
    <message>
        <source>No answered requests with a legal answer deadline in this period.</source>
        <translation>Aucune demande soumise à un délai légal de réponse n&apos;a reçu de réponse sur cette période.</translation>
    </message>
    <message>
        <source>No pursuit or observation crossed the border in this period.</source>
        <translation>Aucune poursuite ou observation n&apos;a franchi la frontière sur cette période.</translation>
    </message>
    <message>
        <source>No loans out, due, overdue or returned lost or damaged in this period.</source>
        <translation>Aucun prêt en cours, à restituer, en retard ou restitué avec perte ou dommage sur cette période.</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Enregistrer le graphique en image vectorielle SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Images vectorielles SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Graphique enregistré dans %1.</translation>
    </message>
    <message>
        <source>Figures as of %1; loans out are counted at that moment.</source>
        <translation>Chiffres arrêtés au %1 ; les prêts en cours sont comptés à ce moment-là.</translation>
    </message>
    <message>
        <source>Printed on %1, %2.</source>
        <translation>Imprimé le %1, %2.</translation>
    </message>
    <message>
        <source>Dashboard — Benelux Case Desk</source>
        <translation>Tableau de bord — Benelux Case Desk</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Enregistrer le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The dashboard could not be saved to %1.</source>
        <translation>Le tableau de bord n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Dashboard saved to %1.</source>
        <translation>Tableau de bord enregistré dans %1.</translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation>Imprimer le tableau de bord</translation>
    </message>
    <message>
        <source>The dashboard could not be printed.</source>
        <translation>Le tableau de bord n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Dashboard sent to the printer.</source>
        <translation>Tableau de bord envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>DeadlineView</name>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>This deadline comes from general knowledge or is applied by analogy: to be confirmed.</source>
        <translation>Ce délai provient de connaissances générales ou est appliqué par analogie : à confirmer.</translation>
    </message>
    <message>
        <source>Deadline to be confirmed</source>
        <translation>Délai à confirmer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline follows from this legal basis.</source>
        <translation>Aucun délai ne découle de cette base légale.</translation>
    </message>
    <message>
        <source>Due back at the end of the loan period.</source>
        <translation>À restituer à la fin de la période de prêt.</translation>
    </message>
    <message>
        <source>The deadline starts when the request is sent.</source>
        <translation>Le délai commence à courir à l&apos;envoi de la demande.</translation>
    </message>
    <message>
        <source>Answer due by %1 (%2) if it is sent now.</source>
        <translation>Réponse attendue au plus tard le %1 (%2) si la demande est envoyée maintenant.</translation>
    </message>
    <message>
        <source>Answer due by %1 (%2 from receipt).</source>
        <translation>Réponse attendue au plus tard le %1 (%2 à compter de la réception).</translation>
    </message>
    <message>
        <source>Stop the observation by %1 unless authorised (%2 after the crossing).</source>
        <translation>Arrêter l&apos;observation au plus tard le %1 sauf autorisation (%2 après le franchissement de la frontière).</translation>
    </message>
    <message>
        <source>Notify the host authority by %1, at the latest on crossing.</source>
        <translation>Informer l&apos;autorité de l&apos;État d&apos;accueil au plus tard le %1, soit au plus tard au franchissement de la frontière.</translation>
    </message>
    <message>
        <source>Notify the host authority before crossing, by %1.</source>
        <translation>Informer l&apos;autorité de l&apos;État d&apos;accueil avant le franchissement de la frontière, au plus tard le %1.</translation>
    </message>
    <message>
        <source>Equipment due back by %1 (end of the loan period).</source>
        <translation>Matériel à restituer au plus tard le %1 (fin de la période de prêt).</translation>
    </message>
    <message>
        <source>Due by %1.</source>
        <translation>Échéance : %1.</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>A case of this kind has no kind-specific details.</source>
        <translation>Un dossier de ce type n&apos;a pas de détails propres à son type.</translation>
    </message>
    <message>
        <source>Separate them with commas</source>
        <translation>Séparez-les par des virgules</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add to timeline</source>
        <translation>Ajouter à la chronologie</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Time zone of the time entered</source>
        <translation>Fuseau horaire de l&apos;heure saisie</translation>
    </message>
    <message>
        <source>Date and time of the event</source>
        <translation>Date et heure de l&apos;événement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>e.g. A2 at Maastricht-Noord</source>
        <translation>p. ex. A2 à hauteur de Maastricht-Noord</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Code du service</translation>
    </message>
    <message>
        <source>Optional, e.g. NL-POLITIE-LIMBURG</source>
        <translation>Facultatif, p. ex. NL-POLITIE-LIMBURG</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>Position of the event</source>
        <translation>Position de l&apos;événement</translation>
    </message>
    <message>
        <source>Pick on &amp;map…</source>
        <translation>Choisir sur la &amp;carte…</translation>
    </message>
    <message>
        <source>Pick the position on the map</source>
        <translation>Choisir la position sur la carte</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear the position</source>
        <translation>Effacer la position</translation>
    </message>
    <message>
        <source>Po&amp;sition:</source>
        <translation>&amp;Position :</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Aucune position</translation>
    </message>
</context>
<context>
    <name>EventsTime</name>
    <message>
        <source>Time zone of the time of the events</source>
        <translation>Fuseau horaire de l&apos;heure des faits</translation>
    </message>
    <message>
        <source>The zone of the clock the time was read on; the day of the events is the day there.</source>
        <translation>Le fuseau de l&apos;horloge sur laquelle l&apos;heure a été lue ; le jour des faits est le jour à cet endroit.</translation>
    </message>
    <message>
        <source>Date and time of the events</source>
        <translation>Date et heure des faits</translation>
    </message>
    <message>
        <source>Decides which treaty applies: the 2004 treaty before 1 October 2023, the 2018 treaty from then.</source>
        <translation>Détermine le traité applicable : le traité de 2004 avant le 1er octobre 2023, le traité de 2018 à partir de cette date.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Export request %1 as a signed package</source>
        <translation>Exporter la demande %1 sous forme de paquet signé</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Why this request cannot be exported</source>
        <translation>Pourquoi cette demande ne peut pas être exportée</translation>
    </message>
    <message>
        <source>Recipient agency</source>
        <translation>Service destinataire</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>&amp;Encrypt for the recipient</source>
        <translation>&amp;Chiffrer pour le destinataire</translation>
    </message>
    <message>
        <source>Encrypt the package for the recipient agency</source>
        <translation>Chiffrer le paquet pour le service destinataire</translation>
    </message>
    <message>
        <source>Encryption certificate</source>
        <translation>Certificat de chiffrement</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinataire :</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par :</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Chiffrement :</translation>
    </message>
    <message>
        <source>Attachments of the case to send with the request</source>
        <translation>Pièces jointes du dossier à envoyer avec la demande</translation>
    </message>
    <message>
        <source>The request&apos;s case has no attachments.</source>
        <translation>Le dossier de la demande n&apos;a aucune pièce jointe.</translation>
    </message>
    <message>
        <source>&amp;Override the handling codes and send what they hold back (recorded in the audit log)</source>
        <translation>Passer &amp;outre les codes de traitement et envoyer ce qu&apos;ils retiennent (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Override the handling codes</source>
        <translation>Passer outre les codes de traitement</translation>
    </message>
    <message>
        <source>Attachments offered</source>
        <translation>Pièces jointes proposées</translation>
    </message>
    <message>
        <source>What goes in the package</source>
        <translation>Ce qui entre dans le paquet</translation>
    </message>
    <message>
        <source>What the handling codes hold back, with the reason</source>
        <translation>Ce que les codes de traitement retiennent, avec la raison</translation>
    </message>
    <message>
        <source>The package</source>
        <translation>Le paquet</translation>
    </message>
    <message>
        <source>Goes &amp;in:</source>
        <translation>&amp;Inclus :</translation>
    </message>
    <message>
        <source>&amp;Held back:</source>
        <translation>&amp;Retenu :</translation>
    </message>
    <message>
        <source>Password of your signing certificate</source>
        <translation>Mot de passe de votre certificat de signature</translation>
    </message>
    <message>
        <source>Use the password &amp;remembered in the keyring</source>
        <translation>&amp;Utiliser le mot de passe retenu dans le trousseau</translation>
    </message>
    <message>
        <source>Use the certificate password remembered in the keyring</source>
        <translation>Utiliser le mot de passe du certificat retenu dans le trousseau</translation>
    </message>
    <message>
        <source>Add the &amp;filer&apos;s signature</source>
        <translation>Ajouter la signature de l&apos;&amp;auteur de la demande</translation>
    </message>
    <message>
        <source>Add the signature of the member who filed the request</source>
        <translation>Ajouter la signature du membre qui a établi la demande</translation>
    </message>
    <message>
        <source>Password of the filer&apos;s signing certificate</source>
        <translation>Mot de passe du certificat de signature de l&apos;auteur de la demande</translation>
    </message>
    <message>
        <source>File the package is written to</source>
        <translation>Fichier dans lequel le paquet est écrit</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to write the package</source>
        <translation>Choisir où écrire le paquet</translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation>&amp;Mot de passe du certificat :</translation>
    </message>
    <message>
        <source>Filer&apos;s p&amp;assword:</source>
        <translation>Mot de passe de l&apos;au&amp;teur :</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Sign and e&amp;xport</source>
        <translation>Signer et e&amp;xporter</translation>
    </message>
    <message>
        <source>Sign the package and write it</source>
        <translation>Signer le paquet et l&apos;écrire</translation>
    </message>
    <message>
        <source>Close the export dialog</source>
        <translation>Fermer la fenêtre d&apos;exportation</translation>
    </message>
    <message>
        <source>%1 cannot be exported.</source>
        <translation>%1 ne peut pas être exportée.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, certificate SHA-256 %2</source>
        <translation>%1, certificat SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 has no signing certificate in this case file: import a PKCS#12 file first.</source>
        <translation>%1 n&apos;a pas de certificat de signature dans ce fichier de dossier : importez d&apos;abord un fichier PKCS#12.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — held back: %2</source>
        <translation>%1 — retenu : %2</translation>
    </message>
    <message>
        <source>&amp;Encrypt for %1</source>
        <translation>&amp;Chiffrer pour %1</translation>
    </message>
    <message>
        <source>To the certificate %1 (SHA-256 %2).</source>
        <translation>Pour le certificat %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Not encrypted: this case file holds no encryption certificate of %1 (add one under Agencies and trust).</source>
        <translation>Non chiffré : ce fichier de dossier ne contient aucun certificat de chiffrement de %1 (ajoutez-en un sous Services et confiance).</translation>
    </message>
    <message>
        <source>%1 — %2 (handling code overridden)</source>
        <translation>%1 — %2 (code de traitement outrepassé)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Rien n&apos;est retenu.</translation>
    </message>
    <message>
        <source>%1 is held back by its %2: nothing leaves unless you override it.</source>
        <translation>%1 est retenue (%2) : rien ne sort si vous ne passez pas outre.</translation>
    </message>
    <message>
        <source>Signing and writing the package…</source>
        <translation>Signature et écriture du paquet…</translation>
    </message>
    <message>
        <source>Written to %1 (%2 bytes).</source>
        <translation>Écrit dans %1 (%2 octets).</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 du fichier : %1</translation>
    </message>
    <message>
        <source>Signed with the certificate SHA-256 %1</source>
        <translation>Signé avec le certificat SHA-256 %1</translation>
    </message>
    <message>
        <source>Encrypted for %1.</source>
        <translation>Chiffré pour %1.</translation>
    </message>
    <message>
        <source>Handling codes were overridden; this is recorded in the audit log.</source>
        <translation>Des codes de traitement ont été outrepassés ; c&apos;est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Held back: %1.</source>
        <translation>Retenu : %1.</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required by the legal basis</source>
        <translation>Exigé par la base légale</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Indiquer</translation>
    </message>
    <message>
        <source>Give %1</source>
        <translation>Indiquer %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The file %1 could not be read: %2.</source>
        <translation>Le fichier %1 n&apos;a pas pu être lu : %2.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB and was not read.</source>
        <translation>Le fichier %1 dépasse %2 Mo et n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer ?</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Partner agency</source>
        <translation>Service partenaire</translation>
    </message>
    <message>
        <source>All partner agencies</source>
        <translation>Tous les services partenaires</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Premier mois</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <source>Last &amp;12 months</source>
        <translation>&amp;12 derniers mois</translation>
    </message>
    <message>
        <source>Show the last 12 months</source>
        <translation>Afficher les 12 derniers mois</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Partner agency: %1 · Direction: %2 · Months: %3 to %4 (UTC)</source>
        <translation>Service partenaire : %1 · Sens : %2 · Mois : de %3 à %4 (UTC)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Why it was refused</source>
        <translation>Raison du refus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
    <message>
        <source>Report of the last import</source>
        <translation>Rapport de la dernière importation</translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation>Résumé de l&apos;importation</translation>
    </message>
    <message>
        <source>Rejected lines and why</source>
        <translation>Lignes rejetées et raisons</translation>
    </message>
    <message>
        <source>&amp;Close report</source>
        <translation>&amp;Fermer le rapport</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>Fermer le rapport d&apos;importation</translation>
    </message>
    <message>
        <source>%1 officers added, %2 updated, %3 problems found in the file.</source>
        <translation>%1 officiers ajoutés, %2 mis à jour, %3 problèmes trouvés dans le fichier.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Investigator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation>Officier de permanence</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Pursuit</source>
        <translation>Poursuite transfrontalière</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Joint investigation team</source>
        <translation>Équipe commune d&apos;enquête (ECE)</translation>
    </message>
    <message>
        <source>Event assistance</source>
        <translation>Assistance lors d&apos;événements</translation>
    </message>
    <message>
        <source>Special unit in a crisis</source>
        <translation>Unité spéciale en situation de crise</translation>
    </message>
    <message>
        <source>Joint patrol</source>
        <translation>Patrouille commune</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>Échange d&apos;informations</translation>
    </message>
    <message>
        <source>Equipment loan</source>
        <translation>Prêt de matériel</translation>
    </message>
    <message>
        <source>Transport escort</source>
        <translation>Escorte de transport</translation>
    </message>
    <message>
        <source>Person protection</source>
        <translation>Protection de personnes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Demande d&apos;informations</translation>
    </message>
    <message>
        <source>Surveillance authorisation</source>
        <translation>Autorisation d&apos;observation transfrontalière</translation>
    </message>
    <message>
        <source>Urgent surveillance notice</source>
        <translation>Avis d&apos;observation transfrontalière urgente</translation>
    </message>
    <message>
        <source>Hot pursuit notice</source>
        <translation>Avis de poursuite transfrontalière</translation>
    </message>
    <message>
        <source>Special intervention unit</source>
        <translation>Unité spéciale d&apos;intervention</translation>
    </message>
    <message>
        <source>Spontaneous information</source>
        <translation>Transmission spontanée d&apos;informations</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Restitué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Border crossed</source>
        <translation>Frontière franchie</translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation>État d&apos;accueil informé</translation>
    </message>
    <message>
        <source>Authorisation received</source>
        <translation>Autorisation reçue</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Apprehension</source>
        <translation>Interpellation</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon état</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>H0 – no restriction</source>
        <translation>H0 – aucune restriction</translation>
    </message>
    <message>
        <source>H1 – law enforcement use</source>
        <translation>H1 – usage répressif</translation>
    </message>
    <message>
        <source>H2 – no dissemination</source>
        <translation>H2 – pas de diffusion</translation>
    </message>
    <message>
        <source>H3 – no further use</source>
        <translation>H3 – pas d&apos;utilisation ultérieure</translation>
    </message>
    <message>
        <source>No restriction beyond national law.</source>
        <translation>Aucune restriction au-delà du droit national.</translation>
    </message>
    <message>
        <source>Law enforcement use; not evidence in court without the provider&apos;s permission.</source>
        <translation>Usage par les services répressifs ; pas de production en justice comme preuve sans l&apos;autorisation du fournisseur.</translation>
    </message>
    <message>
        <source>Not to be passed on without the provider&apos;s permission; held back from packages.</source>
        <translation>Ne pas transmettre sans l&apos;autorisation du fournisseur ; exclu des paquets.</translation>
    </message>
    <message>
        <source>No further use without the provider&apos;s permission; held back from packages.</source>
        <translation>Aucune utilisation ultérieure sans l&apos;autorisation du fournisseur ; exclu des paquets.</translation>
    </message>
</context>
<context>
    <name>LaunchRouter</name>
    <message>
        <source>There is no file or folder at %1.</source>
        <translation>Il n’y a aucun fichier ni dossier à l’emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is neither a case file (a folder ending in .casedesk) nor a request package (.asice, .p7m).</source>
        <translation>%1 n’est ni un fichier de dossier (un dossier dont le nom se termine par .casedesk) ni un paquet de demande (.asice, .p7m).</translation>
    </message>
    <message>
        <source>Lock %1 and open %2?</source>
        <translation>Verrouiller %1 et ouvrir %2 ?</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Request open</source>
        <translation>Demande en cours</translation>
    </message>
    <message>
        <source>Request answered</source>
        <translation>Demande avec réponse</translation>
    </message>
    <message>
        <source>Request overdue</source>
        <translation>Demande en retard</translation>
    </message>
    <message>
        <source>Request ended without answer</source>
        <translation>Demande close sans réponse</translation>
    </message>
</context>
<context>
    <name>LinkRequestDialog</name>
    <message>
        <source>Link a request</source>
        <translation>Lier une demande</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Reference of the request</source>
        <translation>Référence de la demande</translation>
    </message>
    <message>
        <source>e.g. OUT-2026-000012</source>
        <translation>p. ex. OUT-2026-000012</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Demande :</translation>
    </message>
</context>
<context>
    <name>LoanEditor</name>
    <message>
        <source>Loan period from</source>
        <translation>Période de prêt : début</translation>
    </message>
    <message>
        <source>Loan period until</source>
        <translation>Période de prêt : fin</translation>
    </message>
    <message>
        <source>Loan &amp;from *</source>
        <translation>Dé&amp;but du prêt *</translation>
    </message>
    <message>
        <source>Loan &amp;until *</source>
        <translation>&amp;Fin du prêt *</translation>
    </message>
    <message>
        <source>Item type *</source>
        <translation>Type d&apos;objet *</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Serial numbers (comma-separated)</source>
        <translation>Numéros de série (séparés par des virgules)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Ajouter un ob&amp;jet</translation>
    </message>
    <message>
        <source>Add an inventory line</source>
        <translation>Ajouter une ligne d&apos;inventaire</translation>
    </message>
    <message>
        <source>Item type of line %1</source>
        <translation>Type d&apos;objet de la ligne %1</translation>
    </message>
    <message>
        <source>e.g. Thermal camera</source>
        <translation>p. ex. Caméra thermique</translation>
    </message>
    <message>
        <source>Quantity of line %1</source>
        <translation>Quantité de la ligne %1</translation>
    </message>
    <message>
        <source>Serial numbers of line %1</source>
        <translation>Numéros de série de la ligne %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Supprimer la ligne %1</translation>
    </message>
    <message>
        <source>at least one inventory item</source>
        <translation>au moins un objet d&apos;inventaire</translation>
    </message>
    <message>
        <source>the type of every inventory item</source>
        <translation>le type de chaque objet d&apos;inventaire</translation>
    </message>
</context>
<context>
    <name>LoansChart</name>
    <message>
        <source>Out now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>À restituer sous 7 jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Returned lost or damaged</source>
        <translation>Restitué avec perte ou dommage</translation>
    </message>
    <message>
        <source>Equipment loans chart</source>
        <translation>Graphique des prêts de matériel</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %Ln loan(s)</source>
        <translation>
            <numerusform>%1 — %2 : %Ln prêt</numerusform>
            <numerusform>%1 — %2 : %Ln prêts</numerusform>
        </translation>
    </message>
    <message>
        <source>Loans out now: %1 (%2 due within 7 days, %3 overdue). Returned in the period: %4, %5 of them with an item lost or damaged.</source>
        <translation>Prêts en cours : %1 (%2 à restituer sous 7 jours, %3 en retard). Restitués sur la période : %4, dont %5 avec un objet perdu ou endommagé.</translation>
    </message>
    <message>
        <source>Loans out are counted as of now, returns within the chosen months. A loan counts once for every equipment type on its list.</source>
        <translation>Les prêts en cours sont comptés à ce jour, les restitutions sur les mois choisis. Un prêt compte une fois pour chaque type de matériel de sa liste.</translation>
    </message>
    <message>
        <source>Loans out are counted as of now, returns within the chosen months.</source>
        <translation>Les prêts en cours sont comptés à ce jour, les restitutions sur les mois choisis.</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>À restituer sous 7 jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Restitués</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Numéros de série</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Damage notes</source>
        <translation>Description des dommages</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partenaire :</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>Remis le :</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Restitué le :</translation>
    </message>
    <message>
        <source>Return notes:</source>
        <translation>Remarques sur la restitution :</translation>
    </message>
    <message>
        <source>No loans in this list.</source>
        <translation>Aucun prêt dans cette liste.</translation>
    </message>
    <message>
        <source>Equipment loans</source>
        <translation>Prêts de matériel</translation>
    </message>
    <message>
        <source>Which loans to show</source>
        <translation>Prêts à afficher</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Number of loans shown</source>
        <translation>Nombre de prêts affichés</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the loans</source>
        <translation>Recharger les prêts</translation>
    </message>
    <message>
        <source>List scope</source>
        <translation>Portée de la liste</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Inventory lines of the selected loan</source>
        <translation>Lignes d&apos;inventaire du prêt sélectionné</translation>
    </message>
    <message>
        <source>&amp;Inventory:</source>
        <translation>&amp;Inventaire :</translation>
    </message>
    <message>
        <source>Record &amp;hand-over</source>
        <translation>Enregistrer la re&amp;mise</translation>
    </message>
    <message>
        <source>Record the hand-over of the selected loan</source>
        <translation>Enregistrer la remise du prêt sélectionné</translation>
    </message>
    <message>
        <source>Record &amp;return…</source>
        <translation>Enregistrer la res&amp;titution…</translation>
    </message>
    <message>
        <source>Record the return of the selected loan</source>
        <translation>Enregistrer la restitution du prêt sélectionné</translation>
    </message>
    <message>
        <source>— the loans behind the dashboard figure; Refresh shows them all.</source>
        <translation>— les prêts correspondant au chiffre du tableau de bord ; « Actualiser » les affiche tous.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln loan(s)</source>
        <translation>
            <numerusform>%Ln prêt</numerusform>
            <numerusform>%Ln prêts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Overdue: due back on %1</source>
        <translation>En retard : à restituer le %1</translation>
    </message>
    <message>
        <source>Due back within %1 days</source>
        <translation>À restituer dans les %1 jours</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>Incoming (the partner&apos;s request)</source>
        <translation>Entrant (demande du partenaire)</translation>
    </message>
    <message>
        <source>Outgoing (our request)</source>
        <translation>Sortant (notre demande)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>%1 handed over.</source>
        <translation>%1 remis.</translation>
    </message>
    <message>
        <source>%1 returned.</source>
        <translation>%1 restitué.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the case file (Ctrl+L)</source>
        <translation>Verrouiller le fichier de dossier (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;Nouveau fichier de dossier…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Ouvrir un fichier de dossier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Benelux Case Desk</source>
        <translation>À &amp;propos de Benelux Case Desk</translation>
    </message>
    <message>
        <source>Unlock a case file first: a package is verified against its pinned partners.</source>
        <translation>Déverrouillez d&apos;abord un fichier de dossier : un paquet est vérifié par rapport aux partenaires épinglés de celui-ci.</translation>
    </message>
    <message>
        <source>About Benelux Case Desk</source>
        <translation>À propos de Benelux Case Desk</translation>
    </message>
    <message>
        <source>Benelux Case Desk %1: cross-border cases, requests and equipment loans between the police services of Belgium, the Netherlands and Luxembourg, in an encrypted case file.</source>
        <translation>Benelux Case Desk %1 : dossiers transfrontaliers, demandes et prêts de matériel entre les services de police de Belgique, des Pays-Bas et du Luxembourg, dans un fichier de dossier chiffré.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Border map</source>
        <translation>Carte frontalière</translation>
    </message>
    <message>
        <source>Almanac</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Agencies and trust</source>
        <translation>Services et confiance</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Lock the case file</source>
        <translation>Verrouiller le fichier de dossier</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Border map</source>
        <translation>Carte frontalière</translation>
    </message>
    <message>
        <source>Wheel or + and − zoom; drag or the arrow keys pan; Home shows the whole region; a click on a case&apos;s marker opens the case, Enter opens the selected one.</source>
        <translation>Molette ou + et − : zoom ; glisser ou flèches : défilement ; Début : toute la région ; un clic sur le repère d&apos;un dossier ouvre ce dossier, Entrée ouvre celui qui est sélectionné.</translation>
    </message>
    <message>
        <source>Crossing point (approximate position)</source>
        <translation>Point de passage (position approximative)</translation>
    </message>
</context>
<context>
    <name>MapPickerDialog</name>
    <message>
        <source>Pick a place on the map</source>
        <translation>Choisir un lieu sur la carte</translation>
    </message>
    <message>
        <source>A click picks a place; wheel or + and − zoom; drag or the arrow keys pan; Home shows the whole region. Or choose a crossing point, or type the latitude and longitude, below.</source>
        <translation>Un clic choisit un lieu ; molette ou + et − : zoom ; glisser ou flèches : défilement ; Début : toute la région. Vous pouvez aussi choisir un point de passage ou saisir la latitude et la longitude ci-dessous.</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Point de passage</translation>
    </message>
    <message>
        <source>Latitude in degrees north</source>
        <translation>Latitude en degrés nord</translation>
    </message>
    <message>
        <source>Longitude in degrees east</source>
        <translation>Longitude en degrés est</translation>
    </message>
    <message>
        <source>Picked place</source>
        <translation>Lieu choisi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Crossing &amp;point:</source>
        <translation>&amp;Point de passage :</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude :</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude :</translation>
    </message>
    <message>
        <source>Use this place</source>
        <translation>Utiliser ce lieu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>— choose a crossing point —</source>
        <translation>— choisissez un point de passage —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>You are the first member. Other members can be added now or later; each opens the case file with their own passphrase.</source>
        <translation>Vous êtes le premier membre. D&apos;autres membres peuvent être ajoutés maintenant ou plus tard ; chacun ouvre le fichier de dossier avec sa propre phrase secrète.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Name of another member</source>
        <translation>Nom d&apos;un autre membre</translation>
    </message>
    <message>
        <source>Role of another member</source>
        <translation>Rôle d&apos;un autre membre</translation>
    </message>
    <message>
        <source>&amp;Add this member</source>
        <translation>&amp;Ajouter ce membre</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>Ajouter ce membre</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Autres membres</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>Repeat your passphrase</source>
        <translation>Répéter votre phrase secrète</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Votre &amp;rôle :</translation>
    </message>
    <message>
        <source>Passphrase of the other member</source>
        <translation>Phrase secrète de l&apos;autre membre</translation>
    </message>
    <message>
        <source>Repeat the other member&apos;s passphrase</source>
        <translation>Répéter la phrase secrète de l&apos;autre membre</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Supprimer le membre sélectionné</translation>
    </message>
    <message>
        <source>Members error</source>
        <translation>Erreur relative aux membres</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Rô&amp;le :</translation>
    </message>
    <message>
        <source>Other members (optional)</source>
        <translation>Autres membres (facultatif)</translation>
    </message>
    <message>
        <source>Give the other member a name.</source>
        <translation>Donnez un nom à l&apos;autre membre.</translation>
    </message>
    <message>
        <source>There is already a member named %1.</source>
        <translation>Il existe déjà un membre nommé %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type your name: you are the case file&apos;s first member.</source>
        <translation>Saisissez votre nom : vous êtes le premier membre du fichier de dossier.</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can add the other members: choose one of those roles for yourself, or add the others later.</source>
        <translation>Seul un administrateur ou un superviseur peut ajouter les autres membres : choisissez l&apos;un de ces rôles pour vous-même, ou ajoutez les autres plus tard.</translation>
    </message>
    <message>
        <source>Add the other member you started typing, or clear their name and passphrase.</source>
        <translation>Ajoutez l&apos;autre membre que vous avez commencé à saisir, ou effacez son nom et sa phrase secrète.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>Type de dossier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation>Code du service partenaire</translation>
    </message>
    <message>
        <source>None, or a code such as NL-POLITIE-LIMBURG</source>
        <translation>Aucun, ou un code tel que NL-POLITIE-LIMBURG</translation>
    </message>
    <message>
        <source>Handling code of the case</source>
        <translation>Code de traitement du dossier</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>&amp;Partner agency:</source>
        <translation>Service &amp;partenaire :</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>&amp;Code de traitement :</translation>
    </message>
    <message>
        <source>Details of this kind of case</source>
        <translation>Détails de ce type de dossier</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation>Titre (obligatoire)</translation>
    </message>
    <message>
        <source>e.g. Keeper of a grey Audi</source>
        <translation>p. ex. Détenteur d&apos;une Audi grise</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Outgoing (our request)</source>
        <translation>Sortant (notre demande)</translation>
    </message>
    <message>
        <source>Incoming (the partner&apos;s request)</source>
        <translation>Entrant (demande du partenaire)</translation>
    </message>
    <message>
        <source>Our agency</source>
        <translation>Notre service</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>Service partenaire</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>⚠ To be confirmed</source>
        <translation>⚠ À confirmer</translation>
    </message>
    <message>
        <source>Article to be confirmed</source>
        <translation>Article à confirmer</translation>
    </message>
    <message>
        <source>The article of this legal basis could not be confirmed in the sources: it is cited as “to be confirmed”, never as settled law.</source>
        <translation>L&apos;article de cette base légale n&apos;a pas pu être confirmé dans les sources : il est cité comme « à confirmer », jamais comme du droit établi.</translation>
    </message>
    <message>
        <source>About the legal basis</source>
        <translation>À propos de la base légale</translation>
    </message>
    <message>
        <source>Required by the legal basis (* must be filled in)</source>
        <translation>Exigé par la base légale (* à remplir obligatoirement)</translation>
    </message>
    <message>
        <source>Equipment loan</source>
        <translation>Prêt de matériel</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Information access</source>
        <translation>Accès aux informations</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Directly accessible (8 hours if urgent)</source>
        <translation>Directement accessibles (8 heures si urgent)</translation>
    </message>
    <message>
        <source>Indirectly accessible (3 days if urgent)</source>
        <translation>Indirectement accessibles (3 jours si urgent)</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>Code de traitement</translation>
    </message>
    <message>
        <source>Source evaluation</source>
        <translation>Évaluation de la source</translation>
    </message>
    <message>
        <source>Information evaluation</source>
        <translation>Évaluation de l&apos;information</translation>
    </message>
    <message>
        <source>Case reference (optional)</source>
        <translation>Référence du dossier (facultatif)</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Received at, local time</source>
        <translation>Reçue le, heure locale</translation>
    </message>
    <message>
        <source>Partner&apos;s reference</source>
        <translation>Référence du partenaire</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation>&amp;Créer la demande</translation>
    </message>
    <message>
        <source>Create the request</source>
        <translation>Créer la demande</translation>
    </message>
    <message>
        <source>Cancel the new request</source>
        <translation>Annuler la nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titre *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>&amp;Our agency</source>
        <translation>N&amp;otre service</translation>
    </message>
    <message>
        <source>&amp;Partner agency</source>
        <translation>Service &amp;partenaire</translation>
    </message>
    <message>
        <source>Date of the &amp;events</source>
        <translation>Dat&amp;e des faits</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>Base &amp;légale</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgence</translation>
    </message>
    <message>
        <source>Information &amp;access</source>
        <translation>&amp;Accès aux informations</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>&amp;Handling code</source>
        <translation>Code de traite&amp;ment</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>Ca&amp;se</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Received a&amp;t</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;reference</source>
        <translation>Référe&amp;nce du partenaire</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>Reste à remplir : %1.</translation>
    </message>
    <message>
        <source>Looking up the legal bases…</source>
        <translation>Recherche des bases légales…</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>a time of the events that exists in the chosen zone (not one a clock change skips)</source>
        <translation>une heure des faits qui existe dans le fuseau choisi (et non une heure sautée par un changement d&apos;heure)</translation>
    </message>
    <message>
        <source>partner agency</source>
        <translation>le service partenaire</translation>
    </message>
    <message>
        <source>a legal basis</source>
        <translation>une base légale</translation>
    </message>
    <message>
        <source>whether the information is directly or indirectly accessible</source>
        <translation>si les informations sont directement ou indirectement accessibles</translation>
    </message>
    <message>
        <source>A – reliable</source>
        <translation>A – fiable</translation>
    </message>
    <message>
        <source>No doubt about the source&apos;s authenticity and competence; always reliable.</source>
        <translation>Aucun doute quant à l&apos;authenticité et à la compétence de la source ; toujours fiable.</translation>
    </message>
    <message>
        <source>B – mostly reliable</source>
        <translation>B – généralement fiable</translation>
    </message>
    <message>
        <source>Information from this source has in most instances proved reliable.</source>
        <translation>Les informations provenant de cette source se sont révélées fiables dans la plupart des cas.</translation>
    </message>
    <message>
        <source>C – mostly unreliable</source>
        <translation>C – généralement peu fiable</translation>
    </message>
    <message>
        <source>Information from this source has in most instances proved unreliable.</source>
        <translation>Les informations provenant de cette source se sont révélées peu fiables dans la plupart des cas.</translation>
    </message>
    <message>
        <source>X – cannot be assessed</source>
        <translation>X – ne peut être évaluée</translation>
    </message>
    <message>
        <source>The source&apos;s reliability cannot be assessed; held back from packages.</source>
        <translation>La fiabilité de la source ne peut pas être évaluée ; exclu des paquets.</translation>
    </message>
    <message>
        <source>1 – accuracy not in doubt</source>
        <translation>1 – exactitude non mise en doute</translation>
    </message>
    <message>
        <source>Information whose accuracy is not in doubt.</source>
        <translation>Informations dont l&apos;exactitude ne fait aucun doute.</translation>
    </message>
    <message>
        <source>2 – known to the source</source>
        <translation>2 – connue de la source</translation>
    </message>
    <message>
        <source>Known personally to the source but not to the official passing it on.</source>
        <translation>Connue personnellement de la source, mais pas du fonctionnaire qui la transmet.</translation>
    </message>
    <message>
        <source>3 – corroborated</source>
        <translation>3 – corroborée</translation>
    </message>
    <message>
        <source>Not known to the source, but corroborated by information already recorded.</source>
        <translation>Non connue personnellement de la source, mais corroborée par des informations déjà enregistrées.</translation>
    </message>
    <message>
        <source>4 – cannot be corroborated</source>
        <translation>4 – ne peut être corroborée</translation>
    </message>
    <message>
        <source>Not known to the source and not corroborated; held back from packages.</source>
        <translation>Non connue de la source et non corroborée ; exclu des paquets.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Handling code of the note</source>
        <translation>Code de traitement de la note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>&amp;Code de traitement :</translation>
    </message>
</context>
<context>
    <name>NoteReader</name>
    <message>
        <source>&amp;Selected note:</source>
        <translation>Note &amp;sélectionnée :</translation>
    </message>
    <message>
        <source>Author, time and handling code of the selected note</source>
        <translation>Auteur, heure et code de traitement de la note sélectionnée</translation>
    </message>
    <message>
        <source>Text of the selected note</source>
        <translation>Texte de la note sélectionnée</translation>
    </message>
    <message>
        <source>Select a note to read it in full.</source>
        <translation>Sélectionnez une note pour la lire en entier.</translation>
    </message>
    <message>
        <source>Written by %1 on %2 · handling code %3</source>
        <translation>Écrite par %1 le %2 · code de traitement %3</translation>
    </message>
    <message>
        <source>Written on %1 · handling code %2</source>
        <translation>Écrite le %1 · code de traitement %2</translation>
    </message>
</context>
<context>
    <name>NotificationsChart</name>
    <message>
        <source>Pursuit</source>
        <translation>Poursuite transfrontalière</translation>
    </message>
    <message>
        <source>Observation (authorised)</source>
        <translation>Observation (autorisée)</translation>
    </message>
    <message>
        <source>Urgent observation</source>
        <translation>Observation urgente</translation>
    </message>
    <message>
        <source>Notification delays chart</source>
        <translation>Graphique des délais d&apos;information</translation>
    </message>
    <message>
        <source>Delay after crossing</source>
        <translation>Délai après le franchissement</translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation>Non informé</translation>
    </message>
    <message>
        <source>%1/%2 in time</source>
        <translation>%1/%2 dans les délais</translation>
    </message>
    <message>
        <source>Cases per rule</source>
        <translation>Dossiers par règle</translation>
    </message>
    <message>
        <source>On crossing (pursuits, authorised observations)</source>
        <translation>Au franchissement (poursuites, observations autorisées)</translation>
    </message>
    <message>
        <source>5 h (urgent observations)</source>
        <translation>5 h (observations urgentes)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln case(s) %2</source>
        <translation>
            <numerusform>%1 : %Ln dossier, %2</numerusform>
            <numerusform>%1 : %Ln dossiers, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Notified in time</source>
        <translation>Informé dans les délais</translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation>Informé en retard</translation>
    </message>
    <message>
        <source>notified in time</source>
        <translation>État d&apos;accueil informé dans les délais</translation>
    </message>
    <message>
        <source>notified late</source>
        <translation>État d&apos;accueil informé en retard</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>État d&apos;accueil non informé</translation>
    </message>
    <message>
        <source>at the latest on crossing</source>
        <translation>au plus tard au franchissement de la frontière</translation>
    </message>
    <message>
        <source>within %1 of the crossing</source>
        <translation>dans les %1 suivant le franchissement</translation>
    </message>
    <message>
        <source>%1 (%2, %3): crossed %4; host not notified; rule: %5</source>
        <translation>%1 (%2, %3) : frontière franchie le %4 ; État d&apos;accueil non informé ; règle : %5</translation>
    </message>
    <message>
        <source>%1 before the crossing</source>
        <translation>%1 avant le franchissement</translation>
    </message>
    <message>
        <source>%1 after the crossing</source>
        <translation>%1 après le franchissement</translation>
    </message>
    <message>
        <source>%1 (%2, %3): crossed %4, host notified %5, %6; rule: %7; %8</source>
        <translation>%1 (%2, %3) : frontière franchie le %4, État d&apos;accueil informé le %5, %6 ; règle : %7 ; %8</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pursuit(s) and observation(s) crossed the border in the period: %1 notified in time, %2 late, %3 not notified.</source>
        <translation>
            <numerusform>%Ln poursuite ou observation a franchi la frontière sur la période : État d&apos;accueil informé dans les délais pour %1, en retard pour %2, non informé pour %3.</numerusform>
            <numerusform>%Ln poursuites et observations ont franchi la frontière sur la période : État d&apos;accueil informé dans les délais pour %1, en retard pour %2, non informé pour %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The direction filter does not apply to cases.</source>
        <translation>Le filtre de sens ne s&apos;applique pas aux dossiers.</translation>
    </message>
    <message>
        <source>The latest %1 of %2 cases are drawn; the counts include them all.</source>
        <translation>Seuls les %1 dossiers les plus récents sur %2 sont représentés ; les totaux les incluent tous.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>The operation failed.</source>
        <translation>L&apos;opération a échoué.</translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation>Le fichier de dossier est verrouillé.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the case file</source>
        <translation>Verrouiller le fichier de dossier</translation>
    </message>
    <message>
        <source>Unlocked: %1</source>
        <translation>Déverrouillé : %1</translation>
    </message>
    <message>
        <source>Opened by %1 (%2)</source>
        <translation>Ouvert par %1 (%2)</translation>
    </message>
    <message>
        <source>%1 cases, %2 requests, %3 overdue</source>
        <translation>%1 dossiers, %2 demandes, %3 en retard</translation>
    </message>
</context>
<context>
    <name>PackageFiles</name>
    <message>
        <source>Import package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Request packages (*.asice *.p7m);;All files (*)</source>
        <translation>Paquets de demandes (*.asice *.p7m);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Verify a package a partner sent, then import it</source>
        <translation>Vérifier un paquet envoyé par un partenaire, puis l&apos;importer</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Request packages (*.asice *.p7m)</source>
        <translation>Paquets de demandes (*.asice *.p7m)</translation>
    </message>
    <message>
        <source>Decryption key</source>
        <translation>Clé de déchiffrement</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Show the agencies of which country</source>
        <translation>Pays dont les services sont affichés</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation>Services partenaires</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Certificates pinned to the selected agency</source>
        <translation>Certificats épinglés au service sélectionné</translation>
    </message>
    <message>
        <source>Pinned &amp;certificates:</source>
        <translation>Certificats épi&amp;nglés :</translation>
    </message>
    <message>
        <source>%1 of the selected certificate</source>
        <translation>%1 du certificat sélectionné</translation>
    </message>
    <message>
        <source>P&amp;in a certificate…</source>
        <translation>Épin&amp;gler un certificat…</translation>
    </message>
    <message>
        <source>Pin a certificate to the selected agency</source>
        <translation>Épingler un certificat au service sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected certificate from the trust store</source>
        <translation>Supprimer le certificat sélectionné du magasin de confiance</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can change the trust store.</source>
        <translation>Seul un administrateur ou un superviseur peut modifier le magasin de confiance.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>%1 (our agency)</source>
        <translation>%1 (notre service)</translation>
    </message>
    <message>
        <source>The national single point of contact (SPOC).</source>
        <translation>Le point de contact unique national (SPOC).</translation>
    </message>
    <message>
        <source>Our own agency.</source>
        <translation>Notre propre service.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>AC</translation>
    </message>
    <message>
        <source>End entity</source>
        <translation>Entité finale</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>%1 (Alt+F8)</source>
        <translation>%1 (Alt+F8)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <source>Show the repeated passphrase</source>
        <translation>Afficher la phrase secrète répétée</translation>
    </message>
    <message>
        <source>Hide the repeated passphrase</source>
        <translation>Masquer la phrase secrète répétée</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Répé&amp;ter :</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Une phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent ; saisissez deux fois la même.</translation>
    </message>
    <message>
        <source>Use four or more words, or at least 12 characters.</source>
        <translation>Utilisez quatre mots ou plus, ou au moins 12 caractères.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Trop courte : au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Weak: a longer passphrase of several words is much harder to guess.</source>
        <translation>Faible : une phrase secrète plus longue, de plusieurs mots, est bien plus difficile à deviner.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Moyenne : un ou deux mots de plus la rendraient robuste.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
</context>
<context>
    <name>PendingPackageNotice</name>
    <message>
        <source>%1 will be verified once you unlock a case file.</source>
        <translation>%1 sera vérifié dès que vous aurez déverrouillé un fichier de dossier.</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss: do not verify the package</source>
        <translation>Ignorer : ne pas vérifier le paquet</translation>
    </message>
    <message>
        <source>Forget the package; it is not verified</source>
        <translation>Oublier le paquet ; il n’est pas vérifié</translation>
    </message>
</context>
<context>
    <name>PinConfirmDialog</name>
    <message>
        <source>Pin a certificate to %1</source>
        <translation>Épingler un certificat à %1</translation>
    </message>
    <message>
        <source>Confirm the fingerprint before pinning to %1</source>
        <translation>Confirmer l&apos;empreinte avant l&apos;épinglage à %1</translation>
    </message>
    <message>
        <source>%1 holds %2 certificate(s). Before trusting it, ask %3 to read out the SHA-256 fingerprint by telephone or in person — never from the e-mail or the medium that brought the file — and compare every character with the one below.</source>
        <translation>%1 contient %2 certificat(s). Avant de lui faire confiance, demandez à %3 de vous lire l&apos;empreinte SHA-256 par téléphone ou en personne — jamais à partir du courriel ou du support qui a apporté le fichier — et comparez chaque caractère avec celle ci-dessous.</translation>
    </message>
    <message>
        <source>Certificates in the file</source>
        <translation>Certificats contenus dans le fichier</translation>
    </message>
    <message>
        <source>I &amp;compared the fingerprint with the one the partner gave me, and every character matches.</source>
        <translation>J&apos;ai &amp;comparé l&apos;empreinte avec celle que le partenaire m&apos;a communiquée, et chaque caractère correspond.</translation>
    </message>
    <message>
        <source>I compared the fingerprint and it matches</source>
        <translation>J&apos;ai comparé l&apos;empreinte et elle correspond</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation>Épingler à %1</translation>
    </message>
    <message>
        <source>Do not pin</source>
        <translation>Ne pas épingler</translation>
    </message>
    <message>
        <source>Certificate authority (CA)</source>
        <translation>Autorité de certification (AC)</translation>
    </message>
    <message>
        <source>End entity (a person or a service)</source>
        <translation>Entité finale (une personne ou un service)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Avertissement d&apos;expiration</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
</context>
<context>
    <name>Pkcs12Dialog</name>
    <message>
        <source>Import a signing certificate</source>
        <translation>Importer un certificat de signature</translation>
    </message>
    <message>
        <source>Import a PKCS#12 signing certificate</source>
        <translation>Importer un certificat de signature PKCS#12</translation>
    </message>
    <message>
        <source>%1 becomes the signing certificate of %2 and replaces any earlier one. Its password is never stored in the case file.</source>
        <translation>%1 devient le certificat de signature de %2 et remplace tout certificat antérieur. Son mot de passe n&apos;est jamais enregistré dans le fichier de dossier.</translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file</source>
        <translation>Mot de passe du fichier PKCS#12</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Signing then needs no password on this computer; refused if the keyring is not secure.</source>
        <translation>La signature ne demande alors plus de mot de passe sur cet ordinateur ; refusé si le trousseau n&apos;est pas sécurisé.</translation>
    </message>
    <message>
        <source>Why the import failed</source>
        <translation>Raison de l&apos;échec de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the signing certificate</source>
        <translation>Importer le certificat de signature</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
</context>
<context>
    <name>QuickUnlockBox</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Quick unlock on this device</source>
        <translation>Déverrouillage rapide sur cet appareil</translation>
    </message>
    <message>
        <source>&amp;Forget this device</source>
        <translation>Ou&amp;blier cet appareil</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Oublier cet appareil</translation>
    </message>
    <message>
        <source>This device will ask for your passphrase again; the case file&apos;s key is renewed.</source>
        <translation>Cet appareil vous demandera de nouveau votre phrase secrète ; la clé du fichier de dossier est renouvelée.</translation>
    </message>
    <message>
        <source>Forgotten: this device asks for your passphrase again.</source>
        <translation>Oublié : cet appareil demande de nouveau votre phrase secrète.</translation>
    </message>
    <message>
        <source>Unlock a case file to see whether this device remembers you.</source>
        <translation>Déverrouillez un fichier de dossier pour savoir si cet appareil vous reconnaît.</translation>
    </message>
    <message>
        <source>Checking this device…</source>
        <translation>Vérification de cet appareil…</translation>
    </message>
    <message>
        <source>This device opens this case file for you without your passphrase (%1).</source>
        <translation>Cet appareil ouvre ce fichier de dossier pour vous sans votre phrase secrète (%1).</translation>
    </message>
    <message>
        <source>No secure system keyring is available on this computer, so quick unlock cannot be used here: the passphrase is asked each time.</source>
        <translation>Aucun trousseau système sécurisé n&apos;est disponible sur cet ordinateur ; le déverrouillage rapide ne peut donc pas être utilisé ici : la phrase secrète est demandée à chaque fois.</translation>
    </message>
    <message>
        <source>This device does not remember you for this case file: it asks for your passphrase.</source>
        <translation>Cet appareil ne vous reconnaît pas pour ce fichier de dossier : il demande votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost, and it is shown only this once. Print it or write it down and keep it in a safe: anyone holding it can open the case file.</source>
        <translation>Il ouvre le fichier de dossier si toutes les phrases secrètes sont perdues, et il n&apos;est affiché que cette seule fois. Imprimez-le ou notez-le et conservez-le dans un coffre-fort : quiconque le détient peut ouvrir le fichier de dossier.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation>Enregistrer le code de récupération dans un fichier</translation>
    </message>
    <message>
        <source>A saved copy is only as safe as the place you keep it: store it offline, never next to the case file.</source>
        <translation>Une copie enregistrée n&apos;est pas plus sûre que l&apos;endroit où vous la conservez : gardez-la hors ligne, jamais à côté du fichier de dossier.</translation>
    </message>
    <message>
        <source>Recovery code status</source>
        <translation>État du code de récupération</translation>
    </message>
    <message>
        <source>Recovery code error</source>
        <translation>Erreur relative au code de récupération</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery code in a safe place</source>
        <translation>J&apos;ai &amp;rangé le code de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>I have stored the recovery code</source>
        <translation>J&apos;ai rangé le code de récupération</translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost. Anyone holding it can open the case file: keep this sheet in a safe.</source>
        <translation>Il ouvre le fichier de dossier si toutes les phrases secrètes sont perdues. Quiconque le détient peut ouvrir le fichier de dossier : conservez cette feuille dans un coffre-fort.</translation>
    </message>
    <message>
        <source>The recovery code could not be printed; write it down instead.</source>
        <translation>Le code de récupération n&apos;a pas pu être imprimé ; notez-le plutôt.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>Le code de récupération a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Benelux Case Desk — recovery code</source>
        <translation>Benelux Case Desk — code de récupération</translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation>Fichier de dossier : %1</translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost. Anyone holding it can open the case file.</source>
        <translation>Il ouvre le fichier de dossier si toutes les phrases secrètes sont perdues. Quiconque le détient peut ouvrir le fichier de dossier.</translation>
    </message>
    <message>
        <source>The recovery code could not be saved to %1 (%2).</source>
        <translation>Le code de récupération n&apos;a pas pu être enregistré dans %1 (%2).</translation>
    </message>
    <message>
        <source>Saved to %1. Move it somewhere safe, offline.</source>
        <translation>Enregistré dans %1. Déplacez-le en lieu sûr, hors ligne.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation>Rejeter la demande %1</translation>
    </message>
    <message>
        <source>Why is %1 rejected? The filer will read this.</source>
        <translation>Pourquoi rejeter %1 ? L&apos;auteur de la demande lira ce motif.</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <source>Cancel the rejection</source>
        <translation>Annuler le rejet</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? The reason is kept with the request.</source>
        <translation>Pourquoi annuler %1 ? Le motif est conservé avec la demande.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Décliner %1</translation>
    </message>
    <message>
        <source>Why is %1 declined? The reason is kept with the request.</source>
        <translation>Pourquoi décliner %1 ? Le motif est conservé avec la demande.</translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation>Décliner la demande</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Record the answer to %1</source>
        <translation>Enregistrer la réponse à %1</translation>
    </message>
    <message>
        <source>The answer to %1, as it was received or given by another channel:</source>
        <translation>La réponse à %1, telle qu&apos;elle a été reçue ou donnée par un autre canal :</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Text of the answer</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Do not change the request</source>
        <translation>Ne pas modifier la demande</translation>
    </message>
    <message>
        <source>%1 was submitted for approval.</source>
        <translation>%1 a été soumise pour approbation.</translation>
    </message>
    <message>
        <source>%1 is a draft again.</source>
        <translation>%1 est de nouveau un brouillon.</translation>
    </message>
    <message>
        <source>%1 was marked as sent.</source>
        <translation>%1 a été marquée comme envoyée.</translation>
    </message>
    <message>
        <source>The answer to %1 was recorded.</source>
        <translation>La réponse à %1 a été enregistrée.</translation>
    </message>
    <message>
        <source>%1 was closed.</source>
        <translation>%1 a été clôturée.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 was declined.</source>
        <translation>%1 a été déclinée.</translation>
    </message>
    <message>
        <source>Mark %1 as sent</source>
        <translation>Marquer %1 comme envoyée</translation>
    </message>
    <message>
        <source>Was %1 sent to %2 by another channel (phone, e-mail, SIENA)? Its deadline then runs from now.</source>
        <translation>%1 a-t-elle été envoyée à %2 par un autre canal (téléphone, e-mail, SIENA) ? Son délai court alors à partir de maintenant.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>The answer to %1 was written to %2.</source>
        <translation>La réponse à %1 a été écrite dans %2.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partenaire :</translation>
    </message>
    <message>
        <source>Partner&apos;s reference:</source>
        <translation>Référence du partenaire :</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Base légale :</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Faits :</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgence :</translation>
    </message>
    <message>
        <source>Information access:</source>
        <translation>Accès aux informations :</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>Handling code:</source>
        <translation>Code de traitement :</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Évaluation :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée le :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçue le :</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Soumise le :</translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation>Décidée le :</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyée le :</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Répondue le :</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Clôturée le :</translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation>Annulée le :</translation>
    </message>
    <message>
        <source>Directly accessible</source>
        <translation>Directement accessibles</translation>
    </message>
    <message>
        <source>Indirectly accessible</source>
        <translation>Indirectement accessibles</translation>
    </message>
    <message>
        <source>Select a request to see it here (Enter opens it).</source>
        <translation>Sélectionnez une demande pour l&apos;afficher ici (Entrée l&apos;ouvre).</translation>
    </message>
</context>
<context>
    <name>RequestDetailPanel</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <source>Why the step was refused</source>
        <translation>Raison du refus de l&apos;étape</translation>
    </message>
    <message>
        <source>Open the request&apos;s case</source>
        <translation>Ouvrir le dossier de la demande</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Request text</source>
        <translation>Texte de la demande</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Fields of the legal basis</source>
        <translation>Champs de la base légale</translation>
    </message>
    <message>
        <source>Loan period</source>
        <translation>Période de prêt</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Details of the request</source>
        <translation>Détails de la demande</translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval</source>
        <translation>Soumettre pour &amp;approbation</translation>
    </message>
    <message>
        <source>Submit the request for approval</source>
        <translation>Soumettre la demande pour approbation</translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation>Re&amp;mettre en brouillon</translation>
    </message>
    <message>
        <source>Make the rejected request a draft again</source>
        <translation>Refaire de la demande rejetée un brouillon</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>Marquer comme en&amp;voyée…</translation>
    </message>
    <message>
        <source>Mark the request as sent by another channel</source>
        <translation>Marquer la demande comme envoyée par un autre canal</translation>
    </message>
    <message>
        <source>&amp;Record answer…</source>
        <translation>Enre&amp;gistrer la réponse…</translation>
    </message>
    <message>
        <source>Record an answer received or given by another channel</source>
        <translation>Enregistrer une réponse reçue ou donnée par un autre canal</translation>
    </message>
    <message>
        <source>&amp;Answer with a signed package…</source>
        <translation>Répon&amp;dre par un paquet signé…</translation>
    </message>
    <message>
        <source>Answer the incoming request with a signed package</source>
        <translation>Répondre à la demande entrante par un paquet signé</translation>
    </message>
    <message>
        <source>Decl&amp;ine…</source>
        <translation>Déc&amp;liner…</translation>
    </message>
    <message>
        <source>Decline the incoming request</source>
        <translation>Décliner la demande entrante</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Clôturer</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Clôturer la demande</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>Ann&amp;uler la demande…</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Export packa&amp;ge…</source>
        <translation>Exporter le pa&amp;quet…</translation>
    </message>
    <message>
        <source>Export the request as a signed package</source>
        <translation>Exporter la demande sous forme de paquet signé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 [to be confirmed]</source>
        <translation>%1 [à confirmer]</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>The article&apos;s number is still to be confirmed.</source>
        <translation>Le numéro de l&apos;article reste à confirmer.</translation>
    </message>
    <message>
        <source>&amp;Open case %1</source>
        <translation>&amp;Ouvrir le dossier %1</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Ouvrir le dossier %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Pas de délai</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Earlier rejection</source>
        <translation>Rejet antérieur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The list is ordered by due date, the earliest first.</source>
        <translation>La liste est triée par échéance, la plus proche en premier.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due within 24 hours, at %1</source>
        <translation>Échéance dans les 24 heures, le %1</translation>
    </message>
</context>
<context>
    <name>RequestsChart</name>
    <message>
        <source>Requests per month chart</source>
        <translation>Graphique des demandes par mois</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 requests</source>
        <translation>%1, %2 : %3 sur %4 demandes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln request(s), all kinds</source>
        <translation>
            <numerusform>%1 : %Ln demande, tous types confondus</numerusform>
            <numerusform>%1 : %Ln demandes, tous types confondus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) from %1 to %2. The busiest month is %3 with %4. %5.</source>
        <translation>
            <numerusform>%Ln demande de %1 à %2. Le mois le plus chargé est %3, avec %4. %5.</numerusform>
            <numerusform>%Ln demandes de %1 à %2. Le mois le plus chargé est %3, avec %4. %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Toutes en cours</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Filtre de sens</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation>Code du service partenaire</translation>
    </message>
    <message>
        <source>Partner code, e.g. NL-POL-LIM</source>
        <translation>Code partenaire, p. ex. NL-POL-LIM</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <source>Search reference, title or text (Ctrl+F)</source>
        <translation>Rechercher une référence, un titre ou un texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>File a new request</source>
        <translation>Introduire une nouvelle demande</translation>
    </message>
    <message>
        <source>E&amp;xport package…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>Export the selected request as a signed package</source>
        <translation>Exporter la demande sélectionnée sous forme de paquet signé</translation>
    </message>
    <message>
        <source>Only an approved request is exported.</source>
        <translation>Seule une demande approuvée peut être exportée.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>List scope</source>
        <translation>Portée de la liste</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Nombre de demandes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>No requests match these filters.</source>
        <translation>Aucune demande ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>S&amp;ens</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>— the requests behind the dashboard figure; change a filter to leave it.</source>
        <translation>— les demandes correspondant au chiffre du tableau de bord ; modifiez un filtre pour en sortir.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Loss of or damage to lent equipment is borne by the borrower: describe every damaged or lost item.</source>
        <translation>La perte ou l&apos;endommagement du matériel prêté est à la charge de l&apos;emprunteur : décrivez chaque objet endommagé ou perdu.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Damage or loss</source>
        <translation>Dommage ou perte</translation>
    </message>
    <message>
        <source>Record the return of %1</source>
        <translation>Enregistrer la restitution de %1</translation>
    </message>
    <message>
        <source>Record the return of loan %1</source>
        <translation>Enregistrer la restitution du prêt %1</translation>
    </message>
    <message>
        <source>Condition of %1</source>
        <translation>État de %1</translation>
    </message>
    <message>
        <source>Damage or loss of %1</source>
        <translation>Dommage ou perte : %1</translation>
    </message>
    <message>
        <source>What is damaged or how it was lost</source>
        <translation>Ce qui est endommagé ou comment l&apos;objet a été perdu</translation>
    </message>
    <message>
        <source>Inventory lines</source>
        <translation>Lignes d&apos;inventaire</translation>
    </message>
    <message>
        <source>Notes on the return</source>
        <translation>Remarques sur la restitution</translation>
    </message>
    <message>
        <source>Notes on the return:</source>
        <translation>Remarques sur la restitution :</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>Enregistrer la restitution</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>Enregistrer la restitution</translation>
    </message>
    <message>
        <source>Cancel the return</source>
        <translation>Annuler la restitution</translation>
    </message>
    <message>
        <source>Describe every damaged or lost item.</source>
        <translation>Décrivez chaque objet endommagé ou perdu.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language of the interface; the system&apos;s language if it is one of them.</source>
        <translation>Langue de l&apos;interface ; celle du système si elle en fait partie.</translation>
    </message>
    <message>
        <source>Lock the case file after this many minutes without input.</source>
        <translation>Verrouiller le fichier de dossier après ce nombre de minutes sans activité.</translation>
    </message>
    <message>
        <source>Lock the case file when the computer&apos;s session is locked.</source>
        <translation>Verrouiller le fichier de dossier lorsque la session de l&apos;ordinateur est verrouillée.</translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after this many seconds.</source>
        <translation>Effacer le texte copié du presse-papiers après ce nombre de secondes.</translation>
    </message>
    <message>
        <source>Light or dark appearance, or the system&apos;s.</source>
        <translation>Apparence claire ou sombre, ou celle du système.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claire</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light or dark appearance</source>
        <translation>Apparence claire ou sombre</translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation>Verrouillage et presse-papiers</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Verrouiller après :</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> min sans activité</translation>
    </message>
    <message>
        <source>Minutes without input before the case file locks</source>
        <translation>Minutes sans activité avant le verrouillage du fichier de dossier</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer&apos;s session is locked</source>
        <translation>Verrouiller lorsque la session de l&apos;&amp;ordinateur est verrouillée</translation>
    </message>
    <message>
        <source>Lock when the computer&apos;s session is locked</source>
        <translation>Verrouiller lorsque la session de l&apos;ordinateur est verrouillée</translation>
    </message>
    <message>
        <source>Clear the clip&amp;board after:</source>
        <translation>Vider le &amp;presse-papiers après :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before copied text leaves the clipboard</source>
        <translation>Secondes avant que le texte copié ne quitte le presse-papiers</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Add a person, vehicle or object</source>
        <translation>Ajouter une personne, un véhicule ou un objet</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Person, vehicle or object</source>
        <translation>Personne, véhicule ou objet</translation>
    </message>
    <message>
        <source>Name, plate or short description</source>
        <translation>Nom, immatriculation ou courte description</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Name or plate:</source>
        <translation>&amp;Nom ou immatriculation :</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add a task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Date et heure d&apos;échéance</translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation>&amp;Sans échéance</translation>
    </message>
    <message>
        <source>The task has no due date</source>
        <translation>La tâche n&apos;a pas d&apos;échéance</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance :</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Close without changing the request</source>
        <translation>Fermer sans modifier la demande</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>This is the demo case file: every member&apos;s passphrase is “%1”.</source>
        <translation>Ceci est le fichier de dossier de démonstration : la phrase secrète de chaque membre est « %1 ».</translation>
    </message>
    <message>
        <source>Quick unlock status</source>
        <translation>État du déverrouillage rapide</translation>
    </message>
    <message>
        <source>← &amp;Other case file</source>
        <translation>← &amp;Autre fichier de dossier</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Retour à l&apos;écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Retenir sur cet appareil</translation>
    </message>
    <message>
        <source>Remember on this device (quick unlock, through the system keyring)</source>
        <translation>Retenir sur cet appareil (déverrouillage rapide, via le trousseau du système)</translation>
    </message>
    <message>
        <source>The system keyring keeps a key for this case file, never your passphrase.</source>
        <translation>Le trousseau du système conserve une clé pour ce fichier de dossier, jamais votre phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Use &amp;quick unlock</source>
        <translation>Déverrouillage rap&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Forgot the passphrase? Use the recovery code</source>
        <translation>Phrase secrète &amp;oubliée ? Utiliser le code de récupération</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Phrase secrète oubliée ? Utiliser le code de récupération</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Show the recovery code</source>
        <translation>Afficher le code de récupération</translation>
    </message>
    <message>
        <source>Hide the recovery code</source>
        <translation>Masquer le code de récupération</translation>
    </message>
    <message>
        <source>&amp;Set the new passphrase and unlock</source>
        <translation>Dé&amp;finir la nouvelle phrase secrète et déverrouiller</translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock</source>
        <translation>Définir la nouvelle phrase secrète et déverrouiller</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Retour à la phrase secrète</translation>
    </message>
    <message>
        <source>Unlock as %1 with quick unlock</source>
        <translation>Déverrouiller en tant que %1 avec le déverrouillage rapide</translation>
    </message>
    <message>
        <source>With the case file&apos;s recovery code, choose a new passphrase for %1.</source>
        <translation>Avec le code de récupération du fichier de dossier, choisissez une nouvelle phrase secrète pour %1.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Saisissez d&apos;abord la phrase secrète.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation>Dérivation de la clé à partir de la phrase secrète…</translation>
    </message>
    <message>
        <source>Unlocking with the key remembered on this device…</source>
        <translation>Déverrouillage avec la clé retenue sur cet appareil…</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>Saisissez d&apos;abord le code de récupération.</translation>
    </message>
    <message>
        <source>Checking the recovery code and setting the new passphrase…</source>
        <translation>Vérification du code de récupération et définition de la nouvelle phrase secrète…</translation>
    </message>
    <message>
        <source>Remembering this device in the system keyring…</source>
        <translation>Enregistrement de cet appareil dans le trousseau du système…</translation>
    </message>
    <message>
        <source>This device now remembers you: next time, use quick unlock.</source>
        <translation>Cet appareil vous reconnaît désormais : la prochaine fois, utilisez le déverrouillage rapide.</translation>
    </message>
    <message>
        <source>This device could not be remembered; the passphrase will be asked next time.</source>
        <translation>Cet appareil n&apos;a pas pu être retenu ; la phrase secrète sera demandée la prochaine fois.</translation>
    </message>
    <message>
        <source>The recovery code is not correct for this case file; nothing was changed.</source>
        <translation>Le code de récupération n&apos;est pas correct pour ce fichier de dossier ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key remembered on this device no longer opens this case file; unlock with your passphrase.</source>
        <translation>La clé retenue sur cet appareil n&apos;ouvre plus ce fichier de dossier ; déverrouillez avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for %1.</source>
        <translation>La phrase secrète n&apos;est pas correcte pour %1.</translation>
    </message>
    <message>
        <source>This case file is damaged and cannot be opened. Run “casedesk check” on a copy, or restore the latest backup.</source>
        <translation>Ce fichier de dossier est endommagé et ne peut pas être ouvert. Lancez « casedesk check » sur une copie, ou restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>This case file was made by a newer version of Benelux Case Desk; update the application to open it.</source>
        <translation>Ce fichier de dossier a été créé par une version plus récente de Benelux Case Desk ; mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This case file is already open in another window or program; close it there first.</source>
        <translation>Ce fichier de dossier est déjà ouvert dans une autre fenêtre ou un autre programme ; fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>Il n&apos;y a pas de fichier de dossier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is not a Benelux Case Desk case file.</source>
        <translation>%1 n&apos;est pas un fichier de dossier Benelux Case Desk.</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage en cours</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Code de récupération :</translation>
    </message>
    <message>
        <source>The case file could not be opened.</source>
        <translation>Le fichier de dossier n&apos;a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>Valid: the package is intact and its signer is trusted.</source>
        <translation>Valide : le paquet est intact et son signataire est de confiance.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing is broken, but the signer cannot be trusted yet.</source>
        <translation>Non confirmé : rien n&apos;est altéré, mais le signataire ne peut pas encore être considéré comme fiable.</translation>
    </message>
    <message>
        <source>Invalid: the package was changed or is damaged. Do not use it.</source>
        <translation>Non valide : le paquet a été modifié ou est endommagé. Ne l&apos;utilisez pas.</translation>
    </message>
    <message>
        <source>No certificate in your trust store vouches for the signer&apos;s certificate.</source>
        <translation>Aucun certificat de votre magasin de confiance ne garantit le certificat du signataire.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not pinned for agency %1: add %1&apos;s CA certificate under Agencies and trust, after checking its fingerprint with them by phone.</source>
        <translation>Le certificat du signataire n&apos;est pas épinglé pour le service %1 : ajoutez le certificat d&apos;AC de %1 sous Services et confiance, après avoir vérifié son empreinte avec eux par téléphone.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is trusted, but for another agency than the one the package names, or it may not be used for signing.</source>
        <translation>Le certificat du signataire est de confiance, mais pour un autre service que celui indiqué dans le paquet, ou il ne peut pas être utilisé pour signer.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not pinned for agency %1: add it under Agencies and trust only if %1 confirms that this person signs for them.</source>
        <translation>Le certificat du signataire n&apos;est pas épinglé pour le service %1 : ajoutez-le sous Services et confiance uniquement si %1 confirme que cette personne signe en son nom.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has expired, and nothing proves the signature was made before.</source>
        <translation>Le certificat du signataire a expiré, et rien ne prouve que la signature a été apposée avant.</translation>
    </message>
    <message>
        <source>Ask %1 to sign the package again with a valid certificate.</source>
        <translation>Demandez à %1 de signer à nouveau le paquet avec un certificat valide.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the time checked.</source>
        <translation>Le certificat du signataire n&apos;était pas encore valide au moment vérifié.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock, then ask %1 to check theirs.</source>
        <translation>Vérifiez l&apos;horloge de cet ordinateur, puis demandez à %1 de vérifier la sienne.</translation>
    </message>
    <message>
        <source>The signature claims to be made in the future.</source>
        <translation>La signature prétend avoir été apposée dans le futur.</translation>
    </message>
    <message>
        <source>Ask %1 to check their computer&apos;s clock and send the package again.</source>
        <translation>Demandez à %1 de vérifier l&apos;horloge de son ordinateur et de renvoyer le paquet.</translation>
    </message>
    <message>
        <source>A file in the package was changed after it was signed.</source>
        <translation>Un fichier du paquet a été modifié après sa signature.</translation>
    </message>
    <message>
        <source>Do not use it: ask %1 to send the package again, by another channel if you can.</source>
        <translation>Ne l&apos;utilisez pas : demandez à %1 de renvoyer le paquet, si possible par un autre canal.</translation>
    </message>
    <message>
        <source>A signature does not match what it signs: it was damaged or forged.</source>
        <translation>Une signature ne correspond pas à ce qu&apos;elle signe : elle a été endommagée ou falsifiée.</translation>
    </message>
    <message>
        <source>The file is not a well-formed request package, or it is damaged.</source>
        <translation>Le fichier n&apos;est pas un paquet de demande bien formé, ou il est endommagé.</translation>
    </message>
    <message>
        <source>Check that this is the package you expected; if it is, ask the sender to send it again.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien du paquet attendu ; si c&apos;est le cas, demandez à l&apos;expéditeur de le renvoyer.</translation>
    </message>
    <message>
        <source>A file in the package is not covered by any signature, or a signed file is missing.</source>
        <translation>Un fichier du paquet n&apos;est couvert par aucune signature, ou un fichier signé est manquant.</translation>
    </message>
    <message>
        <source>Do not use it: ask the sender to send the package again.</source>
        <translation>Ne l&apos;utilisez pas : demandez à l&apos;expéditeur de renvoyer le paquet.</translation>
    </message>
    <message>
        <source>The signature does not carry the signer&apos;s certificate.</source>
        <translation>La signature ne contient pas le certificat du signataire.</translation>
    </message>
    <message>
        <source>Ask %1 to sign again so that the signature includes their certificate.</source>
        <translation>Demandez à %1 de signer à nouveau de sorte que la signature contienne son certificat.</translation>
    </message>
    <message>
        <source>The verifier reported %1.</source>
        <translation>Le vérificateur a signalé : %1.</translation>
    </message>
    <message>
        <source>Do not import it; ask the sender to send the package again.</source>
        <translation>Ne l&apos;importez pas ; demandez à l&apos;expéditeur de renvoyer le paquet.</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>l&apos;expéditeur</translation>
    </message>
    <message>
        <source>You can import it: it will be filed in this case file as it was signed.</source>
        <translation>Vous pouvez l&apos;importer : il sera classé dans ce fichier de dossier tel qu&apos;il a été signé.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Package %1</source>
        <translation>Paquet %1</translation>
    </message>
    <message>
        <source>Verify the package %1</source>
        <translation>Vérifier le paquet %1</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Lecture du paquet…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What the verifier found</source>
        <translation>Ce que le vérificateur a constaté</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>The package is encrypted</source>
        <translation>Le paquet est chiffré</translation>
    </message>
    <message>
        <source>Decryption key file</source>
        <translation>Fichier de la clé de déchiffrement</translation>
    </message>
    <message>
        <source>Choose the &amp;decryption key…</source>
        <translation>Choisir la clé de &amp;déchiffrement…</translation>
    </message>
    <message>
        <source>Choose your agency&apos;s decryption key (PKCS#12)</source>
        <translation>Choisir la clé de déchiffrement de votre service (PKCS#12)</translation>
    </message>
    <message>
        <source>Password of the decryption key</source>
        <translation>Mot de passe de la clé de déchiffrement</translation>
    </message>
    <message>
        <source>Decrypt and &amp;verify</source>
        <translation>Déchiffrer et &amp;vérifier</translation>
    </message>
    <message>
        <source>Decrypt the package and verify it</source>
        <translation>Déchiffrer le paquet et le vérifier</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>Mot de &amp;passe de la clé :</translation>
    </message>
    <message>
        <source>What the package says</source>
        <translation>Contenu déclaré du paquet</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>From agency:</source>
        <translation>Service expéditeur :</translation>
    </message>
    <message>
        <source>To agency:</source>
        <translation>Service destinataire :</translation>
    </message>
    <message>
        <source>Request reference:</source>
        <translation>Référence de la demande :</translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation>En réponse à :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 du fichier :</translation>
    </message>
    <message>
        <source>Signatures: who signed, for which agency, when</source>
        <translation>Signatures : qui a signé, pour quel service, quand</translation>
    </message>
    <message>
        <source>Files inside the package</source>
        <translation>Fichiers contenus dans le paquet</translation>
    </message>
    <message>
        <source>Si&amp;gnatures:</source>
        <translation>Si&amp;gnatures :</translation>
    </message>
    <message>
        <source>&amp;Files inside:</source>
        <translation>&amp;Fichiers contenus :</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l&apos;importation</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the package into this case file</source>
        <translation>Importer le paquet dans ce fichier de dossier</translation>
    </message>
    <message>
        <source>Verify a&amp;gain</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>Verify the package again, after changing the trust store</source>
        <translation>Vérifier à nouveau le paquet, après avoir modifié le magasin de confiance</translation>
    </message>
    <message>
        <source>Close the package dialog</source>
        <translation>Fermer la fenêtre du paquet</translation>
    </message>
    <message>
        <source>This package is encrypted: choose your agency&apos;s decryption key to verify it.</source>
        <translation>Ce paquet est chiffré : choisissez la clé de déchiffrement de votre service pour le vérifier.</translation>
    </message>
    <message>
        <source>Choose your agency&apos;s decryption key first.</source>
        <translation>Choisissez d&apos;abord la clé de déchiffrement de votre service.</translation>
    </message>
    <message>
        <source>Verifying the package…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <source>The package from %1 is intact and signed by %2, whose certificates you trust.</source>
        <translation>Le paquet de %1 est intact et signé par %2, dont les certificats sont de confiance.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>An answer to one of our requests</source>
        <translation>Une réponse à l&apos;une de nos demandes</translation>
    </message>
    <message>
        <source>A request to us</source>
        <translation>Une demande qui nous est adressée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no signing time</source>
        <translation>heure de signature inconnue</translation>
    </message>
    <message>
        <source>no agency you trust</source>
        <translation>aucun service de confiance</translation>
    </message>
    <message>
        <source>%1 — trusted for %2 — signed %3</source>
        <translation>%1 — de confiance pour %2 — signé : %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>exactly as signed.</source>
        <translation>exactement tel que signé.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Importation du paquet…</translation>
    </message>
    <message>
        <source>This file cannot be verified.</source>
        <translation>Ce fichier ne peut pas être vérifié.</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Benelux Case Desk</source>
        <translation>Benelux Case Desk</translation>
    </message>
    <message>
        <source>Cross-border cases, requests and loans of the Benelux police services, kept in an encrypted case file.</source>
        <translation>Les dossiers transfrontaliers, demandes et prêts des services de police du Benelux, conservés dans un fichier de dossier chiffré.</translation>
    </message>
    <message>
        <source>&amp;Recent case files:</source>
        <translation>Fichiers de dossier &amp;récents :</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Fichiers de dossier récents</translation>
    </message>
    <message>
        <source>No recent case files — create one, open one, or try the demo.</source>
        <translation>Aucun fichier de dossier récent — créez-en un, ouvrez-en un ou essayez la démo.</translation>
    </message>
    <message>
        <source>O&amp;pen selected</source>
        <translation>Ou&amp;vrir la sélection</translation>
    </message>
    <message>
        <source>Open the selected recent case file</source>
        <translation>Ouvrir le fichier de dossier récent sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Retirer de &amp;la liste</translation>
    </message>
    <message>
        <source>Remove the selected case file from the recent list</source>
        <translation>Retirer le fichier de dossier sélectionné de la liste des fichiers récents</translation>
    </message>
    <message>
        <source>&amp;Create a case file…</source>
        <translation>&amp;Créer un fichier de dossier…</translation>
    </message>
    <message>
        <source>Create a case file</source>
        <translation>Créer un fichier de dossier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Ouvrir un fichier de dossier</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Open the demo case file</source>
        <translation>Ouvrir le fichier de dossier de démonstration</translation>
    </message>
    <message>
        <source>The demo holds invented cases; its passphrase is “%1”. Never use it for real cases.</source>
        <translation>La démo contient des dossiers fictifs ; sa phrase secrète est « %1 ». Ne l&apos;utilisez jamais pour des dossiers réels.</translation>
    </message>
    <message>
        <source>Preparing the demo case file</source>
        <translation>Préparation du fichier de dossier de démonstration</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — introuvable</translation>
    </message>
    <message>
        <source>%1 was not found; remove it from the list, or open it where it is now.</source>
        <translation>%1 est introuvable ; retirez-le de la liste, ou ouvrez-le là où il se trouve maintenant.</translation>
    </message>
    <message>
        <source>Choose a case-file folder: its name ends in .casedesk.</source>
        <translation>Choisissez un répertoire de fichier de dossier : son nom se termine par .casedesk.</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>Il n&apos;y a pas de fichier de dossier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Making the demo case file; this takes a few seconds the first time…</source>
        <translation>Création du fichier de dossier de démonstration ; la première fois, cela prend quelques secondes…</translation>
    </message>
    <message>
        <source>The demo case file could not be made.</source>
        <translation>Le fichier de dossier de démonstration n&apos;a pas pu être créé.</translation>
    </message>
</context>
</TS>
