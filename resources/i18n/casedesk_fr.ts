<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgenciesPage</name>
    <message>
        <source>Member</source>
        <translation type="unfinished">Membre</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>No member has a signing certificate yet — import yours with Import PKCS#12… to sign request packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies and trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished">A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the agencies and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My signing credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished">Chargement</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished">Dernière action</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is pinned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates are pinned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: this certificate is already in the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: these certificates are already in the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the trust store of %2? Packages signed under it will no longer be trusted.

SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the certificate from the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate of %1 imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24/7 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is pinned to this agency: its signed packages cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlmanacPage</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The almanac is empty — import a CSV file of liaison officers with Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No liaison officer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import liaison officers from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the almanac to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the almanac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, agency, posting, region, language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of officers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison officers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished">Chargement</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished">Dernière action</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the officer&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the officer&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 officers — narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number of %1 is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address of %1 is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import liaison officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: every line was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file lists no officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the almanac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole almanac will be written to a CSV file that is not encrypted: anyone who gets hold of it can read every officer&apos;s name, phone number and e-mail address. Keep it on an encrypted drive and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the almanac unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almanac.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The almanac was written, unencrypted, to %1.</source>
        <translation type="unfinished"></translation>
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
        <translation>Base juridique :</translation>
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
    <message>
        <source>1 request</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <source>the first %1 of %2 requests</source>
        <translation>les %1 premières des %2 demandes</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 demandes</translation>
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
        <source>%1 approved.</source>
        <translation>%1 approuvée.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a kind of file this app cannot show (%2). Save a decrypted copy to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files cannot be shown: the PDF renderer is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
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
        <source>Audit log intact: %1 entries</source>
        <translation>Journal d&apos;audit intact : %1 entrées</translation>
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
        <source>%1 of the newest %2 entries match</source>
        <translation>%1 des %2 entrées les plus récentes correspondent</translation>
    </message>
    <message>
        <source>the newest %1 entries</source>
        <translation>les %1 entrées les plus récentes</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>The case file is locked.</source>
        <translation type="unfinished">Le fichier de dossier est verrouillé.</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed the border at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host notified at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation type="unfinished">État d&apos;accueil informé</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, vehicle or object added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case %1? It leaves the list of open cases; its timeline, notes and attachments stay in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file attached, stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files attached, stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 (handling code %2) will be written to disk UNENCRYPTED, outside the case file: anyone who can read that folder can read it. Saving it is recorded in the audit log. Save a decrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypted copy of %1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Date et heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Name or plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partenaire</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Clôturé</translation>
    </message>
    <message>
        <source>← &amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed the &amp;border at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the border crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host notified at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the host was notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons, vehicles and objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person or vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person, vehicle or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link a request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an existing request to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (drop files here to attach them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code of files attached next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a decrypted copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files on the list to attach them; they are stored encrypted in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New files: &amp;handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons and &amp;vehicles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas&amp;ks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach&amp;ments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished">En retard depuis le %1</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host notified</source>
        <translation type="unfinished">État d&apos;accueil informé</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished">Remis</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States of operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the assistance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code: H0 no restriction … H3 no further use without permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Filtre de statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Clôturé</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Tous les statuts</translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation type="unfinished">Code du service partenaire</translation>
    </message>
    <message>
        <source>Code or its start, e.g. NL-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, title or summary (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished">A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished">&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished">&amp;Partenaire</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation type="unfinished">&amp;Rechercher</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Référence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Chargement…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished">Chargement</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished">Dernière action</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>The newest %1 cases; narrow the filters to see others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases — create one with New case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <source>Open a case file (a folder ending in .casedesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the new case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency escrow certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCaseFileDialog</name>
    <message>
        <source>Create a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and go to the unlock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel creating a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file is an encrypted folder ending in .casedesk. Keep it where your service&apos;s backups reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: pursuits-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your agency&apos;s escrow certificate lets the holder of its private key open this case file when no member can. Ask your administrator for the certificate file (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no escrow certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the escrow certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the case file and protecting each passphrase; this takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file will be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing folder for the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case file a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name cannot contain / \ or : nor start with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>A supervisor signs the request packages they approved with their own certificate (a PKCS#12 file from their agency&apos;s PKI). Each member imports their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; signing certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your signing certificate from a PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished">%1 (vous)</translation>
    </message>
    <message>
        <source>%1, you have no signing certificate in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate: %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineView</name>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deadline comes from general knowledge or is applied by analogy: to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline follows from this legal basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back at the end of the loan period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline starts when the request is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due by %1 (%2) if it is sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due by %1 (%2 from receipt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the observation by %1 unless authorised (%2 after the crossing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the host authority by %1, at the latest on crossing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the host authority before crossing, by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment due back by %1 (end of the loan period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>A case of this kind has no kind-specific details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate them with commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add to timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the time entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A2 at Maastricht-Noord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. NL-POLITIE-LIMBURG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export request %1 as a signed package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this request cannot be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt for the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the package for the recipient agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments of the case to send with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s case has no attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override the handling codes and send what they hold back (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the handling codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the handling codes hold back, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of your signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the password &amp;remembered in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the certificate password remembered in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;filer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the signature of the member who filed the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the filer&apos;s signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the package is written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filer&apos;s p&amp;assword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>Sign and e&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the package and write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the export dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no signing certificate in this case file: import a PKCS#12 file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — held back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the certificate %1 (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: this case file holds no encryption certificate of %1 (add one under Agencies and trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (handling code overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held back by its %2: nothing leaves unless you override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and writing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with the certificate SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling codes were overridden; this is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The file %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected lines and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 officers added, %2 updated, %3 problems found in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>LinkRequestDialog</name>
    <message>
        <source>Link a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OUT-2026-000012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanEditor</name>
    <message>
        <source>Loan period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan &amp;from *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan &amp;until *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished">Quantité</translation>
    </message>
    <message>
        <source>Serial numbers (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an inventory line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Thermal camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one inventory item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type of every inventory item</source>
        <translation type="unfinished"></translation>
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
        <source>1 loan</source>
        <translation>1 prêt</translation>
    </message>
    <message>
        <source>%1 loans</source>
        <translation>%1 prêts</translation>
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
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
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
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the case file</source>
        <translation>Verrouiller le fichier de dossier</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>You are the first member. Other members can be added now or later; each opens the case file with their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other members (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the other member a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a member named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name: you are the case file&apos;s first member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can add the other members: choose one of those roles for yourself, or add the others later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the other member you started typing, or clear their name and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency code</source>
        <translation type="unfinished">Code du service partenaire</translation>
    </message>
    <message>
        <source>None, or a code such as NL-POLITIE-LIMBURG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of this kind of case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Keeper of a grey Audi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished">Sens</translation>
    </message>
    <message>
        <source>Outgoing (our request)</source>
        <translation type="unfinished">Sortant (notre demande)</translation>
    </message>
    <message>
        <source>Incoming (the partner&apos;s request)</source>
        <translation type="unfinished">Entrant (demande du partenaire)</translation>
    </message>
    <message>
        <source>Our agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the events, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides which treaty applies: the 2004 treaty before 1 October 2023, the 2018 treaty from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ To be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article of this legal basis could not be confirmed in the sources: it is cited as “to be confirmed”, never as settled law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the legal basis (* must be filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment loan</source>
        <translation type="unfinished">Prêt de matériel</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished">Urgent</translation>
    </message>
    <message>
        <source>Information access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly accessible (8 hours if urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirectly accessible (3 days if urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished">Ce qui manque</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished">S&amp;ens</translation>
    </message>
    <message>
        <source>&amp;Our agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information &amp;access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received a&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the legal bases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the information is directly or indirectly accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished">Demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation type="unfinished">Demande d&apos;informations</translation>
    </message>
    <message>
        <source>Surveillance authorisation</source>
        <translation type="unfinished">Autorisation d&apos;observation transfrontalière</translation>
    </message>
    <message>
        <source>Urgent surveillance notice</source>
        <translation type="unfinished">Avis d&apos;observation transfrontalière urgente</translation>
    </message>
    <message>
        <source>Hot pursuit notice</source>
        <translation type="unfinished">Avis de poursuite transfrontalière</translation>
    </message>
    <message>
        <source>Special intervention unit</source>
        <translation type="unfinished">Unité spéciale d&apos;intervention</translation>
    </message>
    <message>
        <source>Joint patrol</source>
        <translation type="unfinished">Patrouille commune</translation>
    </message>
    <message>
        <source>Transport or escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spontaneous information</source>
        <translation type="unfinished">Transmission spontanée d&apos;informations</translation>
    </message>
    <message>
        <source>H0 – no restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restriction beyond national law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H1 – law enforcement use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law enforcement use; not evidence in court without the provider&apos;s permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H2 – no dissemination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to be passed on without the provider&apos;s permission; held back from packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H3 – no further use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further use without the provider&apos;s permission; held back from packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A – reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doubt about the source&apos;s authenticity and competence; always reliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B – mostly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information from this source has in most instances proved reliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C – mostly unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information from this source has in most instances proved unreliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X – cannot be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s reliability cannot be assessed; held back from packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – accuracy not in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information whose accuracy is not in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – known to the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known personally to the source but not to the official passing it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known to the source, but corroborated by information already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – cannot be corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known to the source and not corroborated; held back from packages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling code of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request packages (*.asice *.p7m);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a package a partner sent, then import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request packages (*.asice *.p7m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Show the agencies of which country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates pinned to the selected agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned &amp;certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;in a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a certificate to the selected agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected certificate from the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can change the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (our agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national single point of contact (SPOC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>New passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more words, or at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: a longer passphrase of several words is much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinConfirmDialog</name>
    <message>
        <source>Pin a certificate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the fingerprint before pinning to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 certificate(s). Before trusting it, ask %3 to read out the SHA-256 fingerprint by telephone or in person — never from the e-mail or the medium that brought the file — and compare every character with the one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;compared the fingerprint with the one the partner gave me, and every character matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I compared the fingerprint and it matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End entity (a person or a service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkcs12Dialog</name>
    <message>
        <source>Import a signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a PKCS#12 signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes the signing certificate of %2 and replaces any earlier one. Its password is never stored in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing then needs no password on this computer; refused if the keyring is not secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickUnlockBox</name>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>Quick unlock on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device will ask for your passphrase again; the case file&apos;s key is renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten: this device asks for your passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock a case file to see whether this device remembers you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot tell whether this device remembers you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device opens this case file for you without your passphrase (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure system keyring is available on this computer, so quick unlock cannot be used here: the passphrase is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not remember you for this case file: it asks for your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost, and it is shown only this once. Print it or write it down and keep it in a safe: anyone holding it can open the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished">Code de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved copy is only as safe as the place you keep it: store it offline, never next to the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery code in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost. Anyone holding it can open the case file: keep this sheet in a safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code could not be printed; write it down instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benelux Case Desk — recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens the case file if every passphrase is lost. Anyone holding it can open the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code could not be saved to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Move it somewhere safe, offline.</source>
        <translation type="unfinished"></translation>
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
        <source>Requests</source>
        <translation>Demandes</translation>
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
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 demandes</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the case file after this many minutes without input (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the case file when the computer&apos;s session is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark appearance, or the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without input before the case file locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the &amp;computer&apos;s session is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the computer&apos;s session is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clip&amp;board after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before copied text leaves the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Add a person, vehicle or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, vehicle or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, plate or short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
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
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
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
        <source>Recovery &amp;code</source>
        <translation>&amp;Code de récupération</translation>
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
        <source>Error</source>
        <translation>Erreur</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing is broken, but the signer cannot be trusted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the package was changed or is damaged. Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate in your trust store vouches for the signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not pinned for agency %1: add %1&apos;s CA certificate under Agencies and trust, after checking its fingerprint with them by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is trusted, but for another agency than the one the package names, or it may not be used for signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not pinned for agency %1: add it under Agencies and trust only if %1 confirms that this person signs for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has expired, and nothing proves the signature was made before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to sign the package again with a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the time checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock, then ask %1 to check theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature claims to be made in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to check their computer&apos;s clock and send the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the package was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use it: ask %1 to send the package again, by another channel if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature does not match what it signs: it was damaged or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a well-formed request package, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the package you expected; if it is, ask the sender to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the package is not covered by any signature, or a signed file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use it: ask the sender to send the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not carry the signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to sign again so that the signature includes their certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier reported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import it; ask the sender to send the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can import it: it will be filed in this case file as it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the verifier found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the &amp;decryption key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your agency&apos;s decryption key (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the decryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt and &amp;verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt the package and verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the package says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished">Titre :</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures: who signed, for which agency, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files inside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files inside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the package into this case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the package again, after changing the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the package dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is encrypted: choose your agency&apos;s decryption key to verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your agency&apos;s decryption key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer to one of our requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — trusted for %2 — signed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Benelux Case Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-border cases, requests and loans of the Benelux police services, kept in an encrypted case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent case files — create one, open one, or try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected recent case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected case file from the recent list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo holds invented cases; its passphrase is “%1”. Never use it for real cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found; remove it from the list, or open it where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case-file folder: its name ends in .casedesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation type="unfinished">Il n&apos;y a pas de fichier de dossier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Making the demo case file; this takes a few seconds the first time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo case file could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
