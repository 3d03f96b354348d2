<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AuthorityBox</name>
    <message>
        <source>Autorité de l’organisateur</source>
        <translation>Organiser’s authority</translation>
    </message>
    <message>
        <source>Créer l’&amp;autorité…</source>
        <translation>Create the aut&amp;hority…</translation>
    </message>
    <message>
        <source>Sau&amp;vegarder l’autorité…</source>
        <translation>Back up the authorit&amp;y…</translation>
    </message>
    <message>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>Restore a bac&amp;kup…</translation>
    </message>
    <message>
        <source>Cet ordinateur n’a pas encore d’autorité de l’organisateur : créez-la, ou restaurez la sauvegarde faite sur un autre ordinateur. Sans elle, aucun paquet ne peut être créé.</source>
        <translation>This computer has no organiser’s authority yet: create it, or restore the backup made on another computer. Without it, no bundle can be created.</translation>
    </message>
    <message>
        <source>Autorité : {name}. Son certificat est valable jusqu’au {date}. Empreinte : {fingerprint}.</source>
        <translation>Authority: {name}. Its certificate is valid until {date}. Fingerprint: {fingerprint}.</translation>
    </message>
    <message>
        <source>Le certificat de l’autorité a expiré le {date} : les applications des jurés refusent les paquets qu’elle signe. Renouvelez-la : Fichier › Renouveler l’autorité…</source>
        <translation>The authority’s certificate expired on {date}: the jurors’ applications refuse the bundles it signs. Renew it: File › Renew the authority…</translation>
    </message>
    <message>
        <source>Attention : le certificat de l’autorité expire dans {days} jours, le {date}. Renouvelez-la avant la prochaine session : Fichier › Renouveler l’autorité…</source>
        <translation>Warning: the authority’s certificate expires in {days} days, on {date}. Renew it before the next session: File › Renew the authority…</translation>
    </message>
    <message>
        <source>L’autorité {name} est créée. Sauvegardez-la maintenant et gardez la sauvegarde en lieu sûr, avec sa phrase de passe à part.</source>
        <translation>The authority {name} is created. Back it up now and keep the backup somewhere safe, and its passphrase apart from it.</translation>
    </message>
    <message>
        <source>Création des clés de l’autorité…</source>
        <translation>Creating the authority’s keys…</translation>
    </message>
    <message>
        <source>Renouveler l’autorité</source>
        <translation>Renew the authority</translation>
    </message>
    <message>
        <source>L’autorité reçoit une nouvelle clé et un nouveau certificat, valable trois ans. L’ancienne clé signe qu’elle lui succède : les jurés qui lui font confiance accepteront les prochains paquets sans nouvel appel. Les résultats déjà reçus restent lisibles. Renouveler maintenant ?</source>
        <translation>The authority gets a new key and a new certificate, valid for three years. The old key signs that the new one succeeds it: jurors who trust it will accept the next bundles without another call. Results already received stay readable. Renew now?</translation>
    </message>
    <message>
        <source>L’autorité est renouvelée ; son nouveau code de comparaison est {code}. Sauvegardez-la de nouveau : l’ancienne sauvegarde ne contient pas la nouvelle clé.</source>
        <translation>The authority is renewed; its new comparison code is {code}. Back it up again: the old backup does not hold the new key.</translation>
    </message>
    <message>
        <source>Création de la nouvelle clé…</source>
        <translation>Creating the new key…</translation>
    </message>
    <message>
        <source>Phrase de passe de la sauvegarde</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>La sauvegarde contient les clés privées de l’autorité. Choisissez une phrase de passe de {n} caractères au moins, saisie deux fois : elle sera demandée pour la restaurer.</source>
        <translation>The backup holds the authority’s private keys. Choose a passphrase of at least {n} characters, typed twice: it will be asked for to restore it.</translation>
    </message>
    <message>
        <source>Sauvegarder l’autorité</source>
        <translation>Back up the authority</translation>
    </message>
    <message>
        <source>Sauvegardes d’autorité jury-desk (*{suffix})</source>
        <translation>jury-desk authority backups (*{suffix})</translation>
    </message>
    <message>
        <source>Sauvegarde de l’autorité</source>
        <translation>Authority backup</translation>
    </message>
    <message>
        <source>Sauvegarde enregistrée : {file}. Gardez-la en lieu sûr, avec sa phrase de passe à part.</source>
        <translation>Backup saved: {file}. Keep it somewhere safe, and its passphrase apart from it.</translation>
    </message>
    <message>
        <source>Chiffrement de la sauvegarde…</source>
        <translation>Encrypting the backup…</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde de l’autorité</source>
        <translation>Restore a backup of the authority</translation>
    </message>
    <message>
        <source>Sauvegardes d’autorité jury-desk (*{suffix});;Tous les fichiers (*)</source>
        <translation>jury-desk authority backups (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Restaurer l’autorité</source>
        <translation>Restore the authority</translation>
    </message>
    <message>
        <source>Saisissez la phrase de passe choisie lors de la sauvegarde de l’autorité.</source>
        <translation>Type the passphrase chosen when the authority was backed up.</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte : réessayez.</source>
        <translation>Wrong passphrase: try again.</translation>
    </message>
    <message>
        <source>L’autorité {name} est restaurée sur cet ordinateur.</source>
        <translation>The authority {name} is restored on this computer.</translation>
    </message>
    <message>
        <source>L’autorité {name} était déjà là ; ses clés sont remises en place.</source>
        <translation>The authority {name} was already here; its keys are put back in place.</translation>
    </message>
    <message>
        <source>Déchiffrement de la sauvegarde…</source>
        <translation>Decrypting the backup…</translation>
    </message>
</context>
<context>
    <name>AuthorityNameDialog</name>
    <message>
        <source>Créer l’autorité de l’organisateur</source>
        <translation>Create the organiser’s authority</translation>
    </message>
    <message>
        <source>L’autorité certifie les clés des jurés : leur application vérifie avec elle chaque paquet de session. Ses clés privées restent sur cet ordinateur ; sauvegardez-la aussitôt créée.</source>
        <translation>The authority certifies the jurors’ keys: their application checks every session bundle with it. Its private keys stay on this computer; back it up as soon as it is created.</translation>
    </message>
    <message>
        <source>Nom de l’autorité</source>
        <translation>Authority name</translation>
    </message>
    <message>
        <source>par exemple Certification RS6247 — beta.gouv.fr</source>
        <translation>for example Certification RS6247 — beta.gouv.fr</translation>
    </message>
    <message>
        <source>&amp;Nom de l’autorité :</source>
        <translation>Authority &amp;name:</translation>
    </message>
</context>
<context>
    <name>BuildProgress</name>
    <message>
        <source>Création du paquet</source>
        <translation>Creating the bundle</translation>
    </message>
    <message>
        <source>1/3 — Chargement des clés de l’autorité…</source>
        <translation>1/3 — Loading the authority’s keys…</translation>
    </message>
    <message>
        <source>2/3 — Chiffrement et signature du paquet de {jury}…</source>
        <translation>2/3 — Encrypting and signing the bundle of {jury}…</translation>
    </message>
    <message>
        <source>3/3 — Inscription du paquet dans le registre…</source>
        <translation>3/3 — Recording the bundle in the registry…</translation>
    </message>
</context>
<context>
    <name>BundleBuild</name>
    <message>
        <source>Enregistrer le paquet de {jury}</source>
        <translation>Save the bundle of {jury}</translation>
    </message>
    <message>
        <source>Paquets de session jury-desk (*{suffix})</source>
        <translation>jury-desk session bundles (*{suffix})</translation>
    </message>
    <message>
        <source>Création du paquet</source>
        <translation>Creating the bundle</translation>
    </message>
    <message>
        <source>président·e du jury</source>
        <translation>jury chair</translation>
    </message>
    <message>
        <source>membre du jury</source>
        <translation>jury member</translation>
    </message>
    <message>
        <source>Le paquet {file} est créé (version {version} de {jury}). Envoyez-le à :
{recipients}</source>
        <translation>The bundle {file} is created (version {version} of {jury}). Send it to:
{recipients}</translation>
    </message>
    <message>
        <source>Donnez-leur la phrase de passe par un autre moyen que le paquet (téléphone, SMS).</source>
        <translation>Give them the passphrase by another channel than the bundle (phone, text message).</translation>
    </message>
    <message>
        <source>Paquet créé</source>
        <translation>Bundle created</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>Jurys de la session</source>
        <translation>Juries of the session</translation>
    </message>
    <message>
        <source>Résumé du paquet</source>
        <translation>Bundle summary</translation>
    </message>
    <message>
        <source>Protéger &amp;aussi par une phrase de passe</source>
        <translation>&amp;Also protect with a passphrase</translation>
    </message>
    <message>
        <source>Protéger aussi par une phrase de passe</source>
        <translation>Also protect with a passphrase</translation>
    </message>
    <message>
        <source>Le paquet ne s’ouvrira qu’avec la clé du juré et cette phrase : donnez-la par un autre moyen que le paquet (téléphone, SMS).</source>
        <translation>The bundle will open only with the juror’s key and this passphrase: give it by another channel than the bundle (phone, text message).</translation>
    </message>
    <message>
        <source>Phrase de passe à transmettre aux jurés</source>
        <translation>Passphrase to pass on to the jurors</translation>
    </message>
    <message>
        <source>&amp;Générer une phrase de passe</source>
        <translation>&amp;Generate a passphrase</translation>
    </message>
    <message>
        <source>C&amp;opier</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>Copier la phrase de passe</source>
        <translation>Copy the passphrase</translation>
    </message>
    <message>
        <source>Créer le paq&amp;uet…</source>
        <translation>Create the b&amp;undle…</translation>
    </message>
    <message>
        <source>Créez ou restaurez d’abord l’autorité de l’organisateur, dans l’onglet Session : elle signe les paquets.</source>
        <translation>First create or restore the organiser’s authority, in the Session tab: it signs the bundles.</translation>
    </message>
    <message>
        <source>Cette session n’a pas encore de jury : formez-les dans l’onglet Jurys, planning et convocations.</source>
        <translation>This session has no jury yet: form them in the Juries, schedule and convocations tab.</translation>
    </message>
    <message>
        <source>Paquets des jurys</source>
        <translation>Jury bundles</translation>
    </message>
    <message>
        <source>Jur&amp;ys de la session :</source>
        <translation>Session jur&amp;ies:</translation>
    </message>
    <message>
        <source>&amp;Résumé du paquet :</source>
        <translation>Bundle su&amp;mmary:</translation>
    </message>
    <message>
        <source>Phrase de passe à &amp;transmettre :</source>
        <translation>Passphrase &amp;to pass on:</translation>
    </message>
    <message>
        <source>Aucune session : créez-en une dans l’onglet Session.</source>
        <translation>No session: create one in the Session tab.</translation>
    </message>
    <message>
        <source>Paquet de {jury}, version {version}.</source>
        <translation>Bundle of {jury}, version {version}.</translation>
    </message>
    <message>
        <source>Destinataires :</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>Candidats ({count}) :</source>
        <translation>Candidates ({count}):</translation>
    </message>
    <message>
        <source>– {name}, le {when} ({documents} documents)</source>
        <translation>– {name}, on {when} ({documents} documents)</translation>
    </message>
    <message>
        <source>À régler avant de créer le paquet :</source>
        <translation>To settle before creating the bundle:</translation>
    </message>
    <message>
        <source>Phrase de passe copiée.</source>
        <translation>Passphrase copied.</translation>
    </message>
    <message>
        <source>Création du paquet</source>
        <translation>Creating the bundle</translation>
    </message>
    <message>
        <source>Dernier paquet créé : {file}.</source>
        <translation>Latest bundle created: {file}.</translation>
    </message>
</context>
<context>
    <name>ButtonMnemonics</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Oui</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;Non</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>A&amp;ppliquer</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Réinitialiser</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>&amp;Valeurs par défaut</source>
        <translation>Restore &amp;Defaults</translation>
    </message>
    <message>
        <source>&amp;Ignorer</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>CandidateDossier</name>
    <message>
        <source>Pièces du dossier</source>
        <translation>Dossier documents</translation>
    </message>
    <message>
        <source>Aj&amp;outer des pièces…</source>
        <translation>Add docu&amp;ments…</translation>
    </message>
    <message>
        <source>Historique du statut</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Rete&amp;nir pour l’entretien</source>
        <translation>Shortlist for the &amp;interview</translation>
    </message>
    <message>
        <source>Ret&amp;irer la candidature…</source>
        <translation>&amp;Withdraw the application…</translation>
    </message>
    <message>
        <source>E&amp;xporter ses données (RGPD)…</source>
        <translation>Ex&amp;port their data (GDPR)…</translation>
    </message>
    <message>
        <source>Tout ce que le registre garde sur cette personne, en un ZIP (droit d’accès)</source>
        <translation>Everything the registry keeps on this person, in one ZIP (right of access)</translation>
    </message>
    <message>
        <source>Pièces du &amp;dossier :</source>
        <translation>&amp;Dossier documents:</translation>
    </message>
    <message>
        <source>Histo&amp;rique du statut :</source>
        <translation>Status histor&amp;y:</translation>
    </message>
    <message>
        <source>Enregistrez d’abord la fiche du candidat.</source>
        <translation>First save the candidate’s record.</translation>
    </message>
    <message>
        <source>Statut : %1 (enregistrez ou rétablissez la fiche pour agir)</source>
        <translation>Status: %1 (save or revert the record to act)</translation>
    </message>
    <message>
        <source>Statut : %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Ajouter des pièces au dossier</source>
        <translation>Add documents to the dossier</translation>
    </message>
    <message>
        <source>Pièces d’un dossier (%1)</source>
        <translation>Dossier documents (%1)</translation>
    </message>
    <message>
        <source>Ajouter des pièces</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <source>Lecture et enregistrement des pièces…</source>
        <translation>Reading and saving the documents…</translation>
    </message>
    <message>
        <source>Ces fichiers ne sont pas d’un type que jury-desk montre : %1</source>
        <translation>These files are not of a type that jury-desk shows: %1</translation>
    </message>
    <message>
        <source>Retenir pour l’entretien</source>
        <translation>Shortlist for the interview</translation>
    </message>
    <message>
        <source>Retirer la candidature</source>
        <translation>Withdraw the application</translation>
    </message>
    <message>
        <source>&amp;Motif du retrait (gardé dans l’historique) :</source>
        <translation>&amp;Reason for the withdrawal (kept in the history):</translation>
    </message>
    <message>
        <source>Donnez le motif du retrait : il est gardé dans l’historique.</source>
        <translation>Give the reason for the withdrawal: it is kept in the history.</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <source>Fiche du candidat</source>
        <translation>Candidate’s record</translation>
    </message>
    <message>
        <source>Identité (CDC)</source>
        <translation>Identity (CDC)</translation>
    </message>
    <message>
        <source>Contact et start-up</source>
        <translation>Contact and start-up</translation>
    </message>
    <message>
        <source>Nom de &amp;naissance :</source>
        <translation>Birth &amp;name:</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Nom d’&amp;usage :</source>
        <translation>&amp;Usual name:</translation>
    </message>
    <message>
        <source>Nom d’usage</source>
        <translation>Usual name</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Dans l’ordre de l’état civil, séparés par des virgules</source>
        <translation>In civil-register order, separated by commas</translation>
    </message>
    <message>
        <source>P&amp;rénoms :</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>&amp;Date de naissance :</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>F ou M, comme le schéma de la CDC ; sinon tel que saisi</source>
        <translation>F or M, as in the CDC schema; otherwise as typed</translation>
    </message>
    <message>
        <source>Se&amp;xe :</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>Code &amp;INSEE de la commune de naissance :</source>
        <translation>INSEE c&amp;ode of the birth municipality:</translation>
    </message>
    <message>
        <source>Code INSEE de la commune de naissance</source>
        <translation>INSEE code of the birth municipality</translation>
    </message>
    <message>
        <source>Code p&amp;ostal de naissance :</source>
        <translation>Birth &amp;postcode:</translation>
    </message>
    <message>
        <source>Code postal de naissance</source>
        <translation>Birth postcode</translation>
    </message>
    <message>
        <source>Co&amp;mmune de naissance :</source>
        <translation>Birth m&amp;unicipality:</translation>
    </message>
    <message>
        <source>Commune de naissance</source>
        <translation>Birth municipality</translation>
    </message>
    <message>
        <source>Code pays de naissance (&amp;3 chiffres) :</source>
        <translation>Birth country code (&amp;3 digits):</translation>
    </message>
    <message>
        <source>Code pays de naissance</source>
        <translation>Birth country code</translation>
    </message>
    <message>
        <source>Pa&amp;ys de naissance (né à l’étranger) :</source>
        <translation>Countr&amp;y of birth (if born abroad):</translation>
    </message>
    <message>
        <source>Pays de naissance</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>jour inconnu</source>
        <translation>unknown day</translation>
    </message>
    <message>
        <source>Jour de naissance</source>
        <translation>Day of birth</translation>
    </message>
    <message>
        <source>mois inconnu</source>
        <translation>unknown month</translation>
    </message>
    <message>
        <source>Mois de naissance</source>
        <translation>Month of birth</translation>
    </message>
    <message>
        <source>année inconnue</source>
        <translation>unknown year</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Transmis à la Caisse des Dépôts avec la déclaration des titulaires. Conservé chiffré pour l’autorité de l’organisateur, jamais affiché, effacé une fois la déclaration acceptée.</source>
        <translation>Sent to the Caisse des Dépôts with the declaration of holders. Kept encrypted for the organiser’s authority, never shown, erased once the declaration is accepted.</translation>
    </message>
    <message>
        <source>Numéro de sécurité sociale (&amp;NIR) :</source>
        <translation>Social security number (&amp;NIR):</translation>
    </message>
    <message>
        <source>Courr&amp;iel :</source>
        <translation>Emai&amp;l:</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléph&amp;one :</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Sta&amp;rt-up d’État :</source>
        <translation>State start-&amp;up:</translation>
    </message>
    <message>
        <source>Start-up d’État</source>
        <translation>State start-up</translation>
    </message>
    <message>
        <source>I&amp;ncubateur :</source>
        <translation>I&amp;ncubator:</translation>
    </message>
    <message>
        <source>Incubateur</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Phase de la start-up</source>
        <translation>Start-up phase</translation>
    </message>
    <message>
        <source>Seule la phase « accélération » est recevable</source>
        <translation>Only the “acceleration” phase is admissible</translation>
    </message>
    <message>
        <source>Phase de la start-&amp;up :</source>
        <translation>Start-up ph&amp;ase:</translation>
    </message>
    <message>
        <source>Rôle dans l’équipe :</source>
        <translation>Role in the team:</translation>
    </message>
    <message>
        <source>Rôle dans l’équipe</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Lien vers le ser&amp;vice :</source>
        <translation>Lin&amp;k to the service:</translation>
    </message>
    <message>
        <source>Lien vers le service</source>
        <translation>Link to the service</translation>
    </message>
    <message>
        <source>Lien vers la fiche pro&amp;duit :</source>
        <translation>Link to the pro&amp;duct sheet:</translation>
    </message>
    <message>
        <source>Lien vers la fiche produit</source>
        <translation>Link to the product sheet</translation>
    </message>
    <message>
        <source>Nu&amp;méro de dossier (référence) :</source>
        <translation>Dossier nu&amp;mber (reference):</translation>
    </message>
    <message>
        <source>Numéro de dossier</source>
        <translation>Dossier number</translation>
    </message>
    <message>
        <source>Sécurité sociale</source>
        <translation>Social security</translation>
    </message>
    <message>
        <source>Pour la déclaration à la Caisse des Dépôts :</source>
        <translation>For the declaration to the Caisse des Dépôts (CDC):</translation>
    </message>
    <message>
        <source>Identité complète pour la déclaration à la CDC.</source>
        <translation>Identity complete for the declaration to the CDC.</translation>
    </message>
</context>
<context>
    <name>CandidateNirField</name>
    <message>
        <source>Numéro de sécurité sociale</source>
        <translation>Social security number</translation>
    </message>
    <message>
        <source>13 caractères, ou 15 avec la clé ; chiffré à l’enregistrement de la fiche</source>
        <translation>13 characters, or 15 with the key; encrypted when the record is saved</translation>
    </message>
    <message>
        <source>État du numéro de sécurité sociale</source>
        <translation>Social security number state</translation>
    </message>
    <message>
        <source>Re&amp;mplacer…</source>
        <translation>Re&amp;place…</translation>
    </message>
    <message>
        <source>Efface&amp;r</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Conser&amp;ver le numéro enregistré</source>
        <translation>&amp;Keep the saved number</translation>
    </message>
    <message>
        <source>Enregistré (chiffré)</source>
        <translation>Saved (encrypted)</translation>
    </message>
    <message>
        <source>Sera effacé à l’enregistrement de la fiche.</source>
        <translation>Will be erased when the record is saved.</translation>
    </message>
    <message>
        <source>Facultatif : transmis à la Caisse des Dépôts, conservé chiffré.</source>
        <translation>Optional: sent to the Caisse des Dépôts, kept encrypted.</translation>
    </message>
    <message>
        <source>Numéro valide ; il sera chiffré à l’enregistrement de la fiche.</source>
        <translation>Valid number; it will be encrypted when the record is saved.</translation>
    </message>
</context>
<context>
    <name>CandidateStatus</name>
    <message>
        <source>Candidature reçue</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Incomplet</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Recevable</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Retenu pour l’entretien</source>
        <translation>Shortlisted for the interview</translation>
    </message>
    <message>
        <source>Convoqué</source>
        <translation>Convened</translation>
    </message>
    <message>
        <source>Entretien passé</source>
        <translation>Interviewed</translation>
    </message>
    <message>
        <source>Décision rendue</source>
        <translation>Decision made</translation>
    </message>
    <message>
        <source>Retiré</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Candidat·e</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>à préparer</source>
        <translation>to prepare</translation>
    </message>
    <message>
        <source>en entretien</source>
        <translation>in interview</translation>
    </message>
    <message>
        <source>noté</source>
        <translation>scored</translation>
    </message>
    <message>
        <source>signé</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>délibéré</source>
        <translation>deliberated</translation>
    </message>
    <message>
        <source>{name} — {startup}
{incubator}
{role}, phase {phase}</source>
        <translation>{name} — {startup}
{incubator}
{role}, {phase} phase</translation>
    </message>
    <message>
        <source>{status}, conflit d’intérêts déclaré</source>
        <translation>{status}, conflict of interest declared</translation>
    </message>
    <message>
        <source>{status}
conflit</source>
        <translation>{status}
conflict</translation>
    </message>
    <message>
        <source>{date} (en retard)</source>
        <translation>{date} (overdue)</translation>
    </message>
</context>
<context>
    <name>CandidatesBoardModel</name>
    <message>
        <source>Candidat·e</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Entretien (heure de Paris)</source>
        <translation>Interview (Paris time)</translation>
    </message>
    <message>
        <source>Décision due le</source>
        <translation>Decision due on</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Déclaration CDC</source>
        <translation>CDC declaration</translation>
    </message>
    <message>
        <source>non placé·e</source>
        <translation>not placed</translation>
    </message>
    <message>
        <source>{outcome}, décision du {date}</source>
        <translation>{outcome}, decided on {date}</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>Incubateur</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pièces manquantes</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <source>Identité CDC</source>
        <translation>CDC identity</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>complète</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>Identité complète pour la CDC</source>
        <translation>Identity complete for the CDC</translation>
    </message>
    <message>
        <source>⚠ à corriger</source>
        <translation>⚠ to correct</translation>
    </message>
    <message>
        <source>Identité à corriger pour la CDC : %1 problème(s)</source>
        <translation>Identity to correct for the CDC: %1 problem(s)</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Statut affiché</source>
        <translation>Status shown</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Statut affic&amp;hé :</source>
        <translation>Status sh&amp;own:</translation>
    </message>
    <message>
        <source>Candidats de la session</source>
        <translation>Candidates of the session</translation>
    </message>
    <message>
        <source>&amp;Liste des candidats :</source>
        <translation>Candidate &amp;list:</translation>
    </message>
    <message>
        <source>&amp;Ajouter un candidat</source>
        <translation>&amp;Add a candidate</translation>
    </message>
    <message>
        <source>Importer un &amp;tableur…</source>
        <translation>Import a spreads&amp;heet…</translation>
    </message>
    <message>
        <source>Pièces et statut</source>
        <translation>Documents and status</translation>
    </message>
    <message>
        <source>Enre&amp;gistrer la fiche</source>
        <translation>Sa&amp;ve the record</translation>
    </message>
    <message>
        <source>Réta&amp;blir la fiche enregistrée</source>
        <translation>Rever&amp;t to the saved record</translation>
    </message>
    <message>
        <source>%1 candidat(s) dans la session, %2 affiché(s).</source>
        <translation>%1 candidate(s) in the session, %2 shown.</translation>
    </message>
    <message>
        <source>Nouveau candidat</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <source>Choisissez un candidat dans la liste.</source>
        <translation>Choose a candidate in the list.</translation>
    </message>
    <message>
        <source>Fiche de %1</source>
        <translation>Record of %1</translation>
    </message>
    <message>
        <source> (modifiée)</source>
        <translation> (modified)</translation>
    </message>
    <message>
        <source>Fiche modifiée</source>
        <translation>Record modified</translation>
    </message>
    <message>
        <source>Abandonner les modifications de la fiche, qui ne sont pas enregistrées ?</source>
        <translation>Discard the changes to the record, which are not saved?</translation>
    </message>
    <message>
        <source>Enregistrer la fiche</source>
        <translation>Save the record</translation>
    </message>
</context>
<context>
    <name>ClockStrip</name>
    <message>
        <source>Chronomètre de l’entretien</source>
        <translation>Interview clock</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Démarrer, mettre en pause ou reprendre (F5)</source>
        <translation>Start, pause or resume (F5)</translation>
    </message>
    <message>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Passer à la phase suivante</source>
        <translation>Go to the next phase</translation>
    </message>
    <message>
        <source>Passer à la phase suivante (F6)</source>
        <translation>Go to the next phase (F6)</translation>
    </message>
    <message>
        <source>Terminer l’entretien</source>
        <translation>End the interview</translation>
    </message>
    <message>
        <source>Arrêter le chronomètre&#xa0;: l’entretien est terminé</source>
        <translation>Stop the clock: the interview is over</translation>
    </message>
    <message>
        <source>Reprise après interruption&#xa0;: %1&#xa0;min %2&#xa0;s comptées</source>
        <translation>Resumed after an interruption: %1&#xa0;min %2&#xa0;s counted</translation>
    </message>
    <message>
        <source>Un seul entretien à la fois</source>
        <translation>One interview at a time</translation>
    </message>
    <message>
        <source>L’entretien de {name} est en cours.</source>
        <translation>The interview of {name} is under way.</translation>
    </message>
    <message>
        <source>Le mettre en pause (il pourra reprendre) ou le terminer avant de commencer ?</source>
        <translation>Pause it (it can resume) or end it before starting?</translation>
    </message>
    <message>
        <source>Le mettre en &amp;pause</source>
        <translation>&amp;Pause it</translation>
    </message>
    <message>
        <source>Le &amp;terminer</source>
        <translation>&amp;End it</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Le temps compté est conservé ; le chronomètre ne pourra pas repartir.</source>
        <translation>The time counted is kept; the clock cannot be started again.</translation>
    </message>
    <message>
        <source>Il reste %1&#xa0;min %2&#xa0;s prévues.</source>
        <translation>%1&#xa0;min %2&#xa0;s of planned time remain.</translation>
    </message>
    <message>
        <source>Terminer l’entretien et arrêter le chronomètre ?</source>
        <translation>End the interview and stop the clock?</translation>
    </message>
    <message>
        <source>&amp;Terminer l’entretien</source>
        <translation>&amp;End the interview</translation>
    </message>
    <message>
        <source>&amp;Continuer l’entretien</source>
        <translation>&amp;Continue the interview</translation>
    </message>
    <message>
        <source>Le chronomètre n’a pas démarré&#xa0;: aucun temps à insérer.</source>
        <translation>The clock has not started: there is no time to insert.</translation>
    </message>
    <message>
        <source>Placez d’abord le curseur dans un commentaire modifiable de la grille.</source>
        <translation>First place the cursor in an editable comment of the grid.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Non abordées&#xa0;: %1</source>
        <translation>Not discussed: %1</translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <source>Aucun entretien&#xa0;: choisissez un candidat.</source>
        <translation>No interview: choose a candidate.</translation>
    </message>
    <message>
        <source>Entretien sans phases prévues</source>
        <translation>Interview without planned phases</translation>
    </message>
    <message>
        <source>Phase %1 / %2 — %3</source>
        <translation>Phase %1 / %2 — %3</translation>
    </message>
    <message>
        <source>Temps restant&#xa0;: aucun entretien</source>
        <translation>Time remaining: no interview</translation>
    </message>
    <message>
        <source>Temps prévu dépassé de %1</source>
        <translation>Planned time exceeded by %1</translation>
    </message>
    <message>
        <source>Temps restant&#xa0;: %1</source>
        <translation>Time remaining: %1</translation>
    </message>
    <message>
        <source>Pas commencé · %1&#xa0;min prévues</source>
        <translation>Not started · %1&#xa0;min planned</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Terminé · durée %1</source>
        <translation>Finished · duration %1</translation>
    </message>
    <message>
        <source>Temps prévu dépassé&#xa0;: le chronomètre compte le temps en plus</source>
        <translation>Planned time exceeded: the clock counts the extra time</translation>
    </message>
    <message>
        <source>Attention&#xa0;: %1&#xa0;minutes restantes</source>
        <translation>Attention: %1&#xa0;minutes remaining</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Mettre le chronomètre en pause</source>
        <translation>Pause the clock</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Reprendre le chronomètre</source>
        <translation>Resume the clock</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Entretien terminé</source>
        <translation>Interview finished</translation>
    </message>
    <message>
        <source>Démarrer</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Démarrer le chronomètre</source>
        <translation>Start the clock</translation>
    </message>
</context>
<context>
    <name>ClockWindow</name>
    <message>
        <source>Horloge de l’entretien</source>
        <translation>Interview clock</translation>
    </message>
    <message>
        <source>Petite horloge de l’entretien</source>
        <translation>Small interview clock</translation>
    </message>
</context>
<context>
    <name>ColumnChoice</name>
    <message>
        <source>Colonne du tableur</source>
        <translation>Spreadsheet column</translation>
    </message>
    <message>
        <source>(non importé)</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Mon niveau</source>
        <translation>My level</translation>
    </message>
    <message>
        <source>Mon commentaire</source>
        <translation>My comment</translation>
    </message>
    <message>
        <source>Niveau de l’autre juré·e</source>
        <translation>Other juror’s level</translation>
    </message>
    <message>
        <source>Son commentaire</source>
        <translation>Their comment</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Niveau retenu</source>
        <translation>Level retained</translation>
    </message>
    <message>
        <source>{code} · {title}</source>
        <translation>{code} · {title}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Aucun commentaire</source>
        <translation>No comment</translation>
    </message>
    <message>
        <source>{level} ; justification : {note}</source>
        <translation>{level}; justification: {note}</translation>
    </message>
    <message>
        <source>à trancher</source>
        <translation>to decide</translation>
    </message>
    <message>
        <source>{level} (voix prépondérante)</source>
        <translation>{level} (casting vote)</translation>
    </message>
</context>
<context>
    <name>CompetencyRow</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Descripteurs</source>
        <translation>Descriptors</translation>
    </message>
    <message>
        <source>Descripteurs — %1</source>
        <translation>Descriptors — %1</translation>
    </message>
    <message>
        <source>Afficher les critères et les descripteurs</source>
        <translation>Show the criteria and the descriptors</translation>
    </message>
    <message>
        <source>Niveau — %1</source>
        <translation>Level — %1</translation>
    </message>
    <message>
        <source>Non noté</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Commentaire — %1</source>
        <translation>Comment — %1</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Commentaire obligatoire (niveau non acquis)</source>
        <translation>Comment required (level below passing)</translation>
    </message>
    <message>
        <source>Temps&#xa0;: %1&#xa0;min %2&#xa0;s</source>
        <translation>Time: %1&#xa0;min %2&#xa0;s</translation>
    </message>
</context>
<context>
    <name>CompetencyStatisticsModel</name>
    <message>
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Kappa pondéré</source>
        <translation>Weighted kappa</translation>
    </message>
    <message>
        <source>Part des candidats où les deux juré·es ont donné le même niveau</source>
        <translation>Share of candidates for whom both jurors gave the same level</translation>
    </message>
    <message>
        <source>Kappa de Cohen à pondération linéaire : 1 = accord parfait, 0 = accord dû au hasard</source>
        <translation>Cohen’s kappa with linear weights: 1 = perfect agreement, 0 = agreement by chance</translation>
    </message>
    <message>
        <source>Candidats dont le niveau retenu est « {level} »</source>
        <translation>Candidates whose retained level is “{level}”</translation>
    </message>
    <message>
        <source>{code} · {title}</source>
        <translation>{code} · {title}</translation>
    </message>
    <message>
        <source>{rate} ({agreed} sur {pairs})</source>
        <translation>{rate} ({agreed} of {pairs})</translation>
    </message>
    <message>
        <source>{kappa} (non significatif)</source>
        <translation>{kappa} (not significant)</translation>
    </message>
    <message>
        <source>{level} : {n}</source>
        <translation>{level}: {n}</translation>
    </message>
</context>
<context>
    <name>ConvocationBox</name>
    <message>
        <source>Convocations</source>
        <translation>Convocations</translation>
    </message>
    <message>
        <source>Nom du contact</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Courriel du contact</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <source>Écrire les con&amp;vocations…</source>
        <translation>Write the con&amp;vocations…</translation>
    </message>
    <message>
        <source>Avancement des convocations</source>
        <translation>Convocation progress</translation>
    </message>
    <message>
        <source>Nom d&amp;u contact :</source>
        <translation>Contact n&amp;ame:</translation>
    </message>
    <message>
        <source>Courriel &amp;du contact :</source>
        <translation>Contact ema&amp;il:</translation>
    </message>
    <message>
        <source>Choisir où créer le dossier des convocations</source>
        <translation>Choose where to create the convocations folder</translation>
    </message>
    <message>
        <source>Écrire les convocations</source>
        <translation>Write the convocations</translation>
    </message>
    <message>
        <source>Écriture des lettres et des calendriers…</source>
        <translation>Writing the letters and calendars…</translation>
    </message>
    <message>
        <source>%1 lettre(s) de convocation, avec le calendrier de chaque candidat, et %2 calendrier(s) de jurés écrits dans le dossier « %3 ».</source>
        <translation>%1 convocation letter(s), with each candidate’s calendar, and %2 juror calendar(s) written to the folder “%3”.</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Candidatures</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Recevables</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Retenues pour l’entretien</source>
        <translation>Shortlisted for the interview</translation>
    </message>
    <message>
        <source>Entendus et décidés (certifiés ou non)</source>
        <translation>Heard and decided (certified or not)</translation>
    </message>
</context>
<context>
    <name>CoverageBar</name>
    <message>
        <source>Temps par compétence</source>
        <translation>Time per competency</translation>
    </message>
    <message>
        <source>%1 %2&#xa0;: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>aucun temps</source>
        <translation>no time</translation>
    </message>
    <message>
        <source>%1&#xa0;s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1&#xa0;min %2&#xa0;s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Issue de la délibération</source>
        <translation>Outcome of the deliberation</translation>
    </message>
    <message>
        <source>Choisir l’issue…</source>
        <translation>Choose the outcome…</translation>
    </message>
    <message>
        <source>&amp;Issue :</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Motifs de la décision</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <source>Rédigés pour le courrier adressé au candidat ou à la candidate. Obligatoires si non certifié·e, absent·e ou reporté·e.</source>
        <translation>Written for the letter sent to the candidate. Required if not certified, absent or postponed.</translation>
    </message>
    <message>
        <source>&amp;Motifs :</source>
        <translation>Rea&amp;sons:</translation>
    </message>
    <message>
        <source>Motif de la révision de la décision</source>
        <translation>Reason for revising the decision</translation>
    </message>
    <message>
        <source>Pourquoi la décision déjà prise est modifiée (obligatoire).</source>
        <translation>Why the decision already made is changed (required).</translation>
    </message>
    <message>
        <source>Motif de la révisi&amp;on :</source>
        <translation>Reason for the re&amp;vision:</translation>
    </message>
    <message>
        <source>Issue proposée par la règle de décision : {outcome}.</source>
        <translation>Outcome proposed by the decision rule: {outcome}.</translation>
    </message>
    <message>
        <source>La règle de décision proposera une issue quand chaque compétence sera tranchée (reste : {codes}).</source>
        <translation>The decision rule will propose an outcome once every competency is decided (remaining: {codes}).</translation>
    </message>
    <message>
        <source>La règle de décision ne propose rien tant que les deux grilles signées ne sont pas comparées ; « Absent·e » ou « Reporté·e » peuvent déjà être décidés.</source>
        <translation>The decision rule proposes nothing until both signed sheets are compared; “Absent” or “Postponed” can already be decided.</translation>
    </message>
    <message>
        <source>{outcome} (proposée par la règle)</source>
        <translation>{outcome} (proposed by the rule)</translation>
    </message>
    <message>
        <source>Décision en vigueur : {outcome} (version {n}).</source>
        <translation>Decision in force: {outcome} (version {n}).</translation>
    </message>
    <message>
        <source>Réviser la décision</source>
        <translation>Revise the decision</translation>
    </message>
    <message>
        <source>Enregistrer la décision</source>
        <translation>Save the decision</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Candidat·e</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Décision du</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>À déclarer avant le</source>
        <translation>Declare by</translation>
    </message>
    <message>
        <source>Jours restants</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Message de la CDC</source>
        <translation>CDC message</translation>
    </message>
    <message>
        <source>aucun message</source>
        <translation>no message</translation>
    </message>
</context>
<context>
    <name>DeclarationExport</name>
    <message>
        <source>Écrire la déclaration à la CDC</source>
        <translation>Write the declaration to the CDC</translation>
    </message>
    <message>
        <source>Déclarations à la CDC (*.xml)</source>
        <translation>Declarations to the CDC (*.xml)</translation>
    </message>
    <message>
        <source>Écriture de la déclaration et vérification contre le schéma de la CDC…</source>
        <translation>Writing the declaration and checking it against the CDC’s schema…</translation>
    </message>
    <message>
        <source>« {file} » est marqué comme déposé. Plus rien n’est à déclarer pour cette session : le rapport de traitement de la CDC dira ce qu’elle a accepté.</source>
        <translation>“{file}” is marked as sent. Nothing is left to declare for this session: the CDC’s processing report will say what it accepted.</translation>
    </message>
    <message>
        <source>non indiquée</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>La déclaration est écrite : « {file} », dans le dossier « {folder} ».</source>
        <translation>The declaration is written: “{file}”, in the folder “{folder}”.</translation>
    </message>
    <message>
        <source>Elle déclare {n} titulaire(s) et a été validée contre le schéma {schema} (version {version}).</source>
        <translation>It declares {n} holder(s) and was validated against the schema {schema} (version {version}).</translation>
    </message>
    <message>
        <source>Laissé(s) de côté, toujours à déclarer : {names}.</source>
        <translation>Left out, still to declare: {names}.</translation>
    </message>
    <message>
        <source>Déposez maintenant ce fichier sur le portail de la CDC, puis choisissez-le dans la liste des fichiers et cliquez « Marquer comme déposé ».</source>
        <translation>Now upload this file to the CDC’s portal, then choose it in the list of files and click “Mark as sent”.</translation>
    </message>
    <message>
        <source>Ces titulaires ne peuvent pas être déclarés tels quels :</source>
        <translation>These holders cannot be declared as they stand:</translation>
    </message>
    <message>
        <source>– {name} : {reasons}</source>
        <translation>– {name}: {reasons}</translation>
    </message>
    <message>
        <source>Corrigez leur fiche dans l’onglet Candidats puis écrivez de nouveau la déclaration, ou écrivez-la sans eux : ils resteront à déclarer.</source>
        <translation>Correct their record in the Candidates tab then write the declaration again, or write it without them: they will remain to be declared.</translation>
    </message>
    <message>
        <source>Écrire &amp;sans eux</source>
        <translation>Write &amp;without them</translation>
    </message>
    <message>
        <source>Le fichier « {file} », écrit plus tôt, n’a jamais été marqué comme déposé.

Ce fichier a-t-il été déposé sur le portail de la CDC ?

Oui : il est marqué comme déposé, et la nouvelle déclaration ne reprend pas ses titulaires. Non : la nouvelle déclaration le remplace et reprend ses titulaires ; ne déposez plus l’ancien fichier.</source>
        <translation>The file “{file}”, written earlier, was never marked as sent.

Was this file uploaded to the CDC’s portal?

Yes: it is marked as sent, and the new declaration does not include its holders again. No: the new declaration replaces it and includes its holders; do not upload the old file any more.</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <source>Déclaration à la Caisse des Dépôts</source>
        <translation>Declaration to the Caisse des Dépôts</translation>
    </message>
    <message>
        <source>Paramè&amp;tres…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Paramètres de la déclaration</source>
        <translation>Declaration settings</translation>
    </message>
    <message>
        <source>Décisions à déclarer à la CDC</source>
        <translation>Decisions to declare to the CDC</translation>
    </message>
    <message>
        <source>Fichiers de déclaration</source>
        <translation>Declaration files</translation>
    </message>
    <message>
        <source>Écri&amp;re la déclaration…</source>
        <translation>&amp;Write the declaration…</translation>
    </message>
    <message>
        <source>Écrire la déclaration</source>
        <translation>Write the declaration</translation>
    </message>
    <message>
        <source>&amp;Marquer comme déposé</source>
        <translation>&amp;Mark as sent</translation>
    </message>
    <message>
        <source>Marquer le fichier choisi comme déposé</source>
        <translation>Mark the chosen file as sent</translation>
    </message>
    <message>
        <source>&amp;Importer le rapport de traitement…</source>
        <translation>&amp;Import the processing report…</translation>
    </message>
    <message>
        <source>Importer le rapport de traitement de la CDC</source>
        <translation>Import the CDC’s processing report</translation>
    </message>
    <message>
        <source>&amp;Décisions de la session à déclarer :</source>
        <translation>Session decisi&amp;ons to declare:</translation>
    </message>
    <message>
        <source>Fic&amp;hiers de déclaration écrits :</source>
        <translation>Written declaration fi&amp;les:</translation>
    </message>
    <message>
        <source>Aucune session : créez-en une dans l’onglet Session.</source>
        <translation>No session: create one in the Session tab.</translation>
    </message>
    <message>
        <source>Rien à déclarer pour cette session : aucune décision de certification n’attend la CDC.</source>
        <translation>Nothing to declare for this session: no certification decision is waiting for the CDC.</translation>
    </message>
    <message>
        <source>{n} décision(s) de la session concernent la CDC, dont {late} en retard sur les trois mois pour la déclarer.</source>
        <translation>{n} decision(s) of the session concern the CDC, {late} of them past the three months allowed to declare them.</translation>
    </message>
    <message>
        <source>{n} décision(s) de la session concernent la CDC.</source>
        <translation>{n} decision(s) of the session concern the CDC.</translation>
    </message>
    <message>
        <source>Les paramètres n’ont pas pu être enregistrés.</source>
        <translation>The settings could not be saved.</translation>
    </message>
    <message>
        <source>Paramètres de la déclaration enregistrés.</source>
        <translation>Declaration settings saved.</translation>
    </message>
    <message>
        <source>Marquer comme déposé</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>« {file} » est marqué comme déposé : {n} passage(s) attendent le rapport de traitement de la CDC.</source>
        <translation>“{file}” is marked as sent: {n} passage(s) await the CDC’s processing report.</translation>
    </message>
</context>
<context>
    <name>DeclarationReport</name>
    <message>
        <source>Importer le rapport de traitement de la CDC</source>
        <translation>Import the CDC’s processing report</translation>
    </message>
    <message>
        <source>Rapports de traitement (*.xml);;Tous les fichiers (*)</source>
        <translation>Processing reports (*.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Importer le rapport de traitement</source>
        <translation>Import the processing report</translation>
    </message>
    <message>
        <source>Lecture du rapport de traitement de la CDC…</source>
        <translation>Reading the CDC’s processing report…</translation>
    </message>
    <message>
        <source>« {file} » : ce rapport était déjà importé ({flow}).</source>
        <translation>“{file}”: this report was already imported ({flow}).</translation>
    </message>
    <message>
        <source>Rapport « {file} » importé ({flow}) : {accepted} passage(s) accepté(s), {rejected} rejeté(s).</source>
        <translation>Report “{file}” imported ({flow}): {accepted} passage(s) accepted, {rejected} rejected.</translation>
    </message>
    <message>
        <source>{n} passage(s) du fichier n’y figurent pas : toujours en attente du rapport.</source>
        <translation>{n} passage(s) of the file are not in it: still awaiting the report.</translation>
    </message>
    <message>
        <source>Le message de la CDC dit quoi corriger dans la fiche de chaque candidat rejeté.</source>
        <translation>The CDC’s message says what to correct in the record of each rejected candidate.</translation>
    </message>
</context>
<context>
    <name>DeclarationSettings</name>
    <message>
        <source>à choisir</source>
        <translation>to choose</translation>
    </message>
    <message>
        <source>{file} (version non indiquée)</source>
        <translation>{file} (version not stated)</translation>
    </message>
    <message>
        <source>{file} (version {version})</source>
        <translation>{file} (version {version})</translation>
    </message>
    <message>
        <source>numéros de sécurité sociale conservés (chiffrés)</source>
        <translation>social security numbers kept (encrypted)</translation>
    </message>
    <message>
        <source>numéros de sécurité sociale non conservés</source>
        <translation>social security numbers not kept</translation>
    </message>
    <message>
        <source>à renseigner</source>
        <translation>to fill in</translation>
    </message>
    <message>
        <source>Client CDC : {client} — contrat : {contract} — certification : {type} {code} — schéma : {schema} — {nir}.</source>
        <translation>CDC client: {client} — contract: {contract} — certification: {type} {code} — schema: {schema} — {nir}.</translation>
    </message>
    <message>
        <source>À compléter : {problems}.</source>
        <translation>To complete: {problems}.</translation>
    </message>
</context>
<context>
    <name>DeclarationSettingsDialog</name>
    <message>
        <source>Paramètres de la déclaration à la CDC</source>
        <translation>Settings of the declaration to the CDC</translation>
    </message>
    <message>
        <source>La Caisse des Dépôts donne au certificateur un identifiant client et un identifiant de contrat, et le kit de l’accrochage certificateur, dont le schéma XML (.xsd) : chaque déclaration est vérifiée contre lui avant d’être écrite.</source>
        <translation>The Caisse des Dépôts gives the certifier a client id and a contract id, and the kit of the “accrochage certificateur”, including its XML schema (.xsd): every declaration is checked against it before it is written.</translation>
    </message>
    <message>
        <source>Identifiant client de la CDC</source>
        <translation>CDC client id</translation>
    </message>
    <message>
        <source>{n} caractères</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <source>Identifiant de contrat</source>
        <translation>Contract id</translation>
    </message>
    <message>
        <source>1 à {n} caractères</source>
        <translation>1 to {n} characters</translation>
    </message>
    <message>
        <source>Type de certification</source>
        <translation>Certification type</translation>
    </message>
    <message>
        <source>par exemple RS</source>
        <translation>for example RS</translation>
    </message>
    <message>
        <source>Code de la certification</source>
        <translation>Certification code</translation>
    </message>
    <message>
        <source>par exemple RS6247</source>
        <translation>for example RS6247</translation>
    </message>
    <message>
        <source>Schéma XML du kit de la CDC</source>
        <translation>XML schema of the CDC kit</translation>
    </message>
    <message>
        <source>le fichier .xsd du kit de la CDC</source>
        <translation>the .xsd file of the CDC kit</translation>
    </message>
    <message>
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choisir le schéma XML</source>
        <translation>Choose the XML schema</translation>
    </message>
    <message>
        <source>Conserver les &amp;numéros de sécurité sociale (chiffrés) pour la déclaration</source>
        <translation>Keep social security &amp;numbers (encrypted) for the declaration</translation>
    </message>
    <message>
        <source>Conserver les numéros de sécurité sociale (chiffrés) pour la déclaration</source>
        <translation>Keep social security numbers (encrypted) for the declaration</translation>
    </message>
    <message>
        <source>Chiffrés pour l’autorité de l’organisateur, ils ne sont lus qu’à l’écriture de la déclaration et effacés dès que la CDC l’a acceptée.</source>
        <translation>Encrypted for the organiser’s authority, they are read only when the declaration is written, and erased as soon as the CDC has accepted it.</translation>
    </message>
    <message>
        <source>&amp;Identifiant client (idClient) :</source>
        <translation>Client &amp;id (idClient):</translation>
    </message>
    <message>
        <source>Identifiant de &amp;contrat (idContrat) :</source>
        <translation>&amp;Contract id (idContrat):</translation>
    </message>
    <message>
        <source>&amp;Type de certification :</source>
        <translation>Certification &amp;type:</translation>
    </message>
    <message>
        <source>Co&amp;de de la certification :</source>
        <translation>Certification co&amp;de:</translation>
    </message>
    <message>
        <source>L’identifiant client a exactement {client} caractères, l’identifiant de contrat 1 à {contract} caractères, comme la CDC les a donnés.</source>
        <translation>The client id has exactly {client} characters, the contract id 1 to {contract} characters, as the CDC gave them.</translation>
    </message>
    <message>
        <source>&amp;Schéma XML (.xsd) :</source>
        <translation>XML &amp;schema (.xsd):</translation>
    </message>
    <message>
        <source>Choisir le schéma XML du kit de la CDC</source>
        <translation>Choose the XML schema of the CDC kit</translation>
    </message>
    <message>
        <source>Schémas XML (*.xsd);;Tous les fichiers (*)</source>
        <translation>XML schemas (*.xsd);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DeclarationWords</name>
    <message>
        <source>Écrit, à déposer</source>
        <translation>Written, to upload</translation>
    </message>
    <message>
        <source>Rejeté puis corrigé : à déclarer de nouveau</source>
        <translation>Rejected then corrected: to declare again</translation>
    </message>
    <message>
        <source>Décision corrigée : à déclarer de nouveau</source>
        <translation>Decision corrected: to declare again</translation>
    </message>
    <message>
        <source>À déclarer</source>
        <translation>To declare</translation>
    </message>
    <message>
        <source>Déposé, en attente du rapport</source>
        <translation>Sent, awaiting the report</translation>
    </message>
    <message>
        <source>Rejeté : à corriger</source>
        <translation>Rejected: to correct</translation>
    </message>
    <message>
        <source>Déclaré (accepté)</source>
        <translation>Declared (accepted)</translation>
    </message>
    <message>
        <source>Décision corrigée : à signaler à la CDC</source>
        <translation>Decision corrected: to report to the CDC</translation>
    </message>
    <message>
        <source>en retard de {n} jours</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <source>en retard d’un jour</source>
        <translation>one day late</translation>
    </message>
    <message>
        <source>dernier jour</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>1 jour</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} jours</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>{state}, {n} jours restants</source>
        <translation>{state}, {n} days left</translation>
    </message>
    <message>
        <source>{state}, 1 jour restant</source>
        <translation>{state}, 1 day left</translation>
    </message>
    <message>
        <source>{state}, {days}</source>
        <translation>{state}, {days}</translation>
    </message>
</context>
<context>
    <name>DeliberationPage</name>
    <message>
        <source>Candidats à délibérer</source>
        <translation>Candidates to deliberate on</translation>
    </message>
    <message>
        <source>C&amp;andidats :</source>
        <translation>C&amp;andidates:</translation>
    </message>
</context>
<context>
    <name>DeliberationText</name>
    <message>
        <source>Accord</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Désaccord</source>
        <translation>Disagreement</translation>
    </message>
    <message>
        <source>Désaccord sur la validation</source>
        <translation>Disagreement on passing</translation>
    </message>
    <message>
        <source>Un·e juré·e récusé·e</source>
        <translation>One juror recused</translation>
    </message>
    <message>
        <source>Les deux juré·es donnent le même niveau.</source>
        <translation>Both jurors give the same level.</translation>
    </message>
    <message>
        <source>Les juré·es donnent des niveaux différents, tous deux du même côté du seuil de validation.</source>
        <translation>The jurors give different levels, both on the same side of the passing threshold.</translation>
    </message>
    <message>
        <source>Désaccord de part et d’autre du seuil de validation : l’un·e valide la compétence, l’autre non.</source>
        <translation>Disagreement across the passing threshold: one juror passes the competency, the other does not.</translation>
    </message>
    <message>
        <source>Un·e juré·e s’est récusé·e : le niveau de l’autre est retenu.</source>
        <translation>A juror recused themselves: the other’s level is retained.</translation>
    </message>
    <message>
        <source>non décidé</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>Certifié·e</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Non certifié·e</source>
        <translation>Not certified</translation>
    </message>
    <message>
        <source>Absent·e</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Reporté·e</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>récusé·e</source>
        <translation>recused</translation>
    </message>
    <message>
        <source>non noté</source>
        <translation>not scored</translation>
    </message>
</context>
<context>
    <name>DeliberationView</name>
    <message>
        <source>Compétences : niveaux des deux juré·es</source>
        <translation>Competencies: levels of both jurors</translation>
    </message>
    <message>
        <source>Com&amp;pétences :</source>
        <translation>Com&amp;petencies:</translation>
    </message>
    <message>
        <source>Historique des décisions et de leurs révisions</source>
        <translation>History of the decisions and their revisions</translation>
    </message>
    <message>
        <source>&amp;Historique des décisions :</source>
        <translation>Decision &amp;history:</translation>
    </message>
    <message>
        <source>Aucune décision n’a encore été prise.</source>
        <translation>No decision has been made yet.</translation>
    </message>
    <message>
        <source>Aucun candidat choisi.</source>
        <translation>No candidate chosen.</translation>
    </message>
    <message>
        <source>Choisissez un candidat dans la liste.</source>
        <translation>Choose a candidate in the list.</translation>
    </message>
    <message>
        <source>La délibération n’a pas pu être lue</source>
        <translation>The deliberation could not be read</translation>
    </message>
    <message>
        <source>Ce candidat n’est pas dans la session.</source>
        <translation>This candidate is not in the session.</translation>
    </message>
    <message>
        <source>Délibération — {name}, {startup}</source>
        <translation>Deliberation — {name}, {startup}</translation>
    </message>
    <message>
        <source>Votre grille pour {name} n’est pas encore signée. Les niveaux et commentaires de l’autre juré·e restent masqués jusqu’à ce que vous ayez signé la vôtre (notation indépendante).</source>
        <translation>Your sheet for {name} is not signed yet. The other juror’s levels and comments stay hidden until you have signed yours (independent scoring).</translation>
    </message>
    <message>
        <source>La grille signée de l’autre juré·e pour {name} n’a pas encore été importée (Fichier › Importer des grilles…).</source>
        <translation>The other juror’s signed sheet for {name} has not been imported yet (File › Import sheets…).</translation>
    </message>
    <message>
        <source>Grille de {juror}, version {version}, signée le {date}.</source>
        <translation>Sheet of {juror}, version {version}, signed on {date}.</translation>
    </message>
    <message>
        <source>Accord sur les {n} compétences.</source>
        <translation>Agreement on all {n} competencies.</translation>
    </message>
    <message>
        <source>{n} désaccord(s), dont {k} sur la validation ; {p} à trancher par votre voix prépondérante.</source>
        <translation>{n} disagreement(s), {k} of them on passing; {p} to decide by your casting vote.</translation>
    </message>
    <message>
        <source>La voix prépondérante n’a pas été enregistrée</source>
        <translation>The casting vote was not saved</translation>
    </message>
    <message>
        <source>Choisissez le niveau retenu pour {code}.</source>
        <translation>Choose the level retained for {code}.</translation>
    </message>
    <message>
        <source>Écrivez la justification du niveau retenu pour {code} : elle est gardée avec la délibération.</source>
        <translation>Write the justification of the level retained for {code}: it is kept with the deliberation.</translation>
    </message>
    <message>
        <source>Voix prépondérante enregistrée : {code} au niveau « {level} ».</source>
        <translation>Casting vote saved: {code} at level “{level}”.</translation>
    </message>
    <message>
        <source>La décision n’a pas été enregistrée</source>
        <translation>The decision was not saved</translation>
    </message>
    <message>
        <source>Choisissez l’issue de la délibération.</source>
        <translation>Choose the outcome of the deliberation.</translation>
    </message>
    <message>
        <source>Décision enregistrée : {outcome} (version {n}).</source>
        <translation>Decision saved: {outcome} (version {n}).</translation>
    </message>
    <message>
        <source>Confirmer la décision</source>
        <translation>Confirm the decision</translation>
    </message>
    <message>
        <source>{reason}

Confirmer cette décision ? Ses motifs diront pourquoi, malgré la grille signée.</source>
        <translation>{reason}

Confirm this decision? Its reasons will say why, despite the signed sheet.</translation>
    </message>
    <message>
        <source>Les motifs sont obligatoires pour « {outcome} » ; ils sont repris dans le courrier adressé au candidat ou à la candidate.</source>
        <translation>Reasons are required for “{outcome}”; they are quoted in the letter sent to the candidate.</translation>
    </message>
    <message>
        <source>Une décision a déjà été prise : écrivez le motif de sa révision.</source>
        <translation>A decision has already been made: write the reason for revising it.</translation>
    </message>
    <message>
        <source>« {outcome} » se décide sur les deux grilles signées : elles ne sont pas encore toutes deux disponibles.</source>
        <translation>“{outcome}” is decided on both signed sheets: they are not both available yet.</translation>
    </message>
    <message>
        <source>Toutes les compétences ne sont pas encore tranchées (reste : {codes}) : enregistrez d’abord votre voix prépondérante.</source>
        <translation>Not every competency is decided yet (remaining: {codes}): save your casting vote first.</translation>
    </message>
    <message>
        <source>La règle de décision donne « {proposal} » avec les niveaux retenus, pas « {outcome} ».</source>
        <translation>The decision rule gives “{proposal}” with the levels retained, not “{outcome}”.</translation>
    </message>
</context>
<context>
    <name>DescriptorsBlock</name>
    <message>
        <source>Critères d’évaluation</source>
        <translation>Assessment criteria</translation>
    </message>
    <message>
        <source>Niveaux</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>%1 (acquis)</source>
        <translation>%1 (passing)</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>DossierChecklist</name>
    <message>
        <source>Pièces attendues du dossier</source>
        <translation>Documents expected in the dossier</translation>
    </message>
    <message>
        <source>Pièces du dossier</source>
        <translation>Dossier documents</translation>
    </message>
    <message>
        <source>{item}&#xa0;: {status}</source>
        <translation>{item}: {status}</translation>
    </message>
    <message>
        <source>Pièces présentes&#xa0;: {present} sur {expected}</source>
        <translation>Documents present: {present} of {expected}</translation>
    </message>
    <message>
        <source>présente</source>
        <translation>present</translation>
    </message>
    <message>
        <source>manquante</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>présents</source>
        <translation>present</translation>
    </message>
    <message>
        <source>manquants</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>présentes</source>
        <translation>present</translation>
    </message>
    <message>
        <source>manquantes</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>présent</source>
        <translation>present</translation>
    </message>
    <message>
        <source>manquant</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>DossierFormat</name>
    <message>
        <source>Lien vers le site</source>
        <translation>Link to the site</translation>
    </message>
    <message>
        <source>Fiche produit</source>
        <translation>Product sheet</translation>
    </message>
    <message>
        <source>Entretiens utilisateurs</source>
        <translation>User interviews</translation>
    </message>
    <message>
        <source>Maquettes / captures</source>
        <translation>Mock-ups / screenshots</translation>
    </message>
    <message>
        <source>Tableau d’investissement</source>
        <translation>Investment table</translation>
    </message>
    <message>
        <source>Support de présentation</source>
        <translation>Presentation deck</translation>
    </message>
    <message>
        <source>Autre document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>{number} octet</source>
        <translation>{number} byte</translation>
    </message>
    <message>
        <source>{number} octets</source>
        <translation>{number} bytes</translation>
    </message>
    <message>
        <source>{number} Ko</source>
        <translation>{number} KB</translation>
    </message>
    <message>
        <source>{number} Mo</source>
        <translation>{number} MB</translation>
    </message>
    <message>
        <source>{number} Go</source>
        <translation>{number} GB</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Dossier du candidat</source>
        <translation>Candidate’s dossier</translation>
    </message>
    <message>
        <source>Aucun candidat sélectionné. Choisissez un candidat dans la liste pour afficher son dossier.</source>
        <translation>No candidate selected. Choose a candidate in the list to show their dossier.</translation>
    </message>
    <message>
        <source>Documents du dossier</source>
        <translation>Dossier documents</translation>
    </message>
    <message>
        <source>Ctrl+Page suivante et Ctrl+Page précédente passent d’un document à l’autre.</source>
        <translation>Ctrl+Page Down and Ctrl+Page Up move between the documents.</translation>
    </message>
    <message>
        <source>Ce dossier ne contient aucun document.</source>
        <translation>This dossier contains no document.</translation>
    </message>
    <message>
        <source>{kind} — {size}</source>
        <translation>{kind} — {size}</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu&#xa0;: {message}

Ouvrez à nouveau le paquet de session (Fichier › Ouvrir un paquet de session…) ou restaurez l’espace de travail depuis une sauvegarde.</source>
        <translation>This document cannot be read: {message}

Open the session bundle again (File › Open a session bundle…) or restore the workspace from a backup.</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être affichée&#xa0;: le fichier est peut-être endommagé. Signalez-le à l’organisateur de la session.</source>
        <translation>This image cannot be shown: the file may be damaged. Report it to the session’s organiser.</translation>
    </message>
    <message>
        <source>Ce type de document ({media_type}) ne peut pas être affiché ici. Taille&#xa0;: {size}.</source>
        <translation>This type of document ({media_type}) cannot be shown here. Size: {size}.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Candidat·e</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Ce qui sera supprimé</source>
        <translation>What will be deleted</translation>
    </message>
    <message>
        <source>Échu depuis le</source>
        <translation>Due since</translation>
    </message>
    <message>
        <source>identité et pièces</source>
        <translation>identity and documents</translation>
    </message>
    <message>
        <source>pièces seules</source>
        <translation>documents only</translation>
    </message>
    <message>
        <source>%1 : %2, échu depuis le %3</source>
        <translation>%1: %2, due since %3</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Chiffres pour le renouvellement</source>
        <translation>Figures for the renewal</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Chiffres</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Niveaux par compétence</source>
        <translation>Levels per competency</translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation>E&amp;xport as CSV…</translation>
    </message>
    <message>
        <source>Exporter en CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Exporter le &amp;rapport PDF…</source>
        <translation>Export the PDF &amp;report…</translation>
    </message>
    <message>
        <source>Exporter le rapport PDF</source>
        <translation>Export the PDF report</translation>
    </message>
    <message>
        <source>Fer&amp;mer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pério&amp;de :</source>
        <translation>Perio&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Tableau des chiffres :</source>
        <translation>Figures &amp;table:</translation>
    </message>
    <message>
        <source>&amp;Graphique des décisions :</source>
        <translation>Decisions c&amp;hart:</translation>
    </message>
    <message>
        <source>&amp;Niveaux par compétence :</source>
        <translation>&amp;Levels per competency:</translation>
    </message>
    <message>
        <source>Session en cours : %1</source>
        <translation>Current session: %1</translation>
    </message>
    <message>
        <source>Année %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Aucune session : créez-en une dans l’onglet Session.</source>
        <translation>No session: create one in the Session tab.</translation>
    </message>
    <message>
        <source>Taux de réussite : sans objet, aucun candidat entendu et décidé.</source>
        <translation>Pass rate: not applicable, no candidate heard and decided.</translation>
    </message>
    <message>
        <source>Taux de réussite : {rate} % du seul candidat entendu et décidé.</source>
        <translation>Pass rate: {rate} % of the only candidate heard and decided.</translation>
    </message>
    <message>
        <source>Taux de réussite : {rate} % des {n} candidats entendus et décidés (les absents et les ajournés ne sont pas dans la base).</source>
        <translation>Pass rate: {rate} % of the {n} candidates heard and decided (absent and postponed candidates are not counted).</translation>
    </message>
    <message>
        <source>Délai de l’entretien à la décision : aucune décision après entretien.</source>
        <translation>Time from interview to decision: no decision after an interview.</translation>
    </message>
    <message>
        <source>Délai médian de l’entretien à la décision : {days} jour(s), sur {n} décision(s).</source>
        <translation>Median time from interview to decision: {days} day(s), over {n} decision(s).</translation>
    </message>
    <message>
        <source>lettre : aucune lettre émise</source>
        <translation>letter: no letter issued</translation>
    </message>
    <message>
        <source>lettre : {days} jour(s), sur {n} décision(s)</source>
        <translation>letter: {days} day(s), over {n} decision(s)</translation>
    </message>
    <message>
        <source>déclaration à la Caisse des Dépôts : aucune déclaration acceptée</source>
        <translation>declaration to the Caisse des Dépôts: no declaration accepted</translation>
    </message>
    <message>
        <source>déclaration à la Caisse des Dépôts (envoi du fichier accepté) : {days} jour(s), sur {n} titulaire(s)</source>
        <translation>declaration to the Caisse des Dépôts (sending of the accepted file): {days} day(s), over {n} holder(s)</translation>
    </message>
    <message>
        <source>Délais médians depuis la décision — {letter} ; {declared}.</source>
        <translation>Median times since the decision — {letter}; {declared}.</translation>
    </message>
    <message>
        <source>Accord des jurés : aucun résultat reçu.</source>
        <translation>Jurors&apos; agreement: no results received.</translation>
    </message>
    <message>
        <source>Accord des jurés : non enregistré ({n} jury(s) dont les résultats ont été reçus avant que le registre garde l’accord).</source>
        <translation>Jurors&apos; agreement: not recorded ({n} jury(ies) whose results were received before the registry kept the agreement).</translation>
    </message>
    <message>
        <source>Accord des jurés : aucun candidat noté par les deux jurés.</source>
        <translation>Jurors&apos; agreement: no candidate rated by both jurors.</translation>
    </message>
    <message>
        <source>Accord des jurés : {rate} % des {pairs} paires de niveaux données par les deux jurés, sur {juries} jury(s) ({agreed} paires identiques).</source>
        <translation>Jurors&apos; agreement: {rate} % of the {pairs} pairs of levels given by both jurors, over {juries} jury(ies) ({agreed} identical pairs).</translation>
    </message>
    <message>
        <source>Kappa pondéré du jury : {kappa}.</source>
        <translation>Weighted kappa of the jury: {kappa}.</translation>
    </message>
    <message>
        <source>Kappa pondéré des jurys : de {low} à {high} (le plus bas et le plus haut).</source>
        <translation>Weighted kappa of the juries: from {low} to {high} (the lowest and the highest).</translation>
    </message>
    <message>
        <source>Non enregistré pour {n} jury(s) : résultats reçus avant que le registre garde l’accord.</source>
        <translation>Not recorded for {n} jury(ies): results received before the registry kept the agreement.</translation>
    </message>
    <message>
        <source>Où les candidats échouent : aucun candidat non certifié.</source>
        <translation>Where candidates fail: no candidate not certified.</translation>
    </message>
    <message>
        <source>{code} ({n})</source>
        <translation>{code} ({n})</translation>
    </message>
    <message>
        <source>Où les candidats non certifiés échouent (compétences non validées) : {codes}.</source>
        <translation>Where candidates not certified fail (competencies not passed): {codes}.</translation>
    </message>
    <message>
        <source>Exporter les chiffres en CSV</source>
        <translation>Export the figures as CSV</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré dans « %1 ».</source>
        <translation>Saved to “%1”.</translation>
    </message>
    <message>
        <source>Écriture de « %1 »…</source>
        <translation>Writing “%1”…</translation>
    </message>
</context>
<context>
    <name>FingerprintBlock</name>
    <message>
        <source>Code de comparaison : {code}</source>
        <translation>Comparison code: {code}</translation>
    </message>
    <message>
        <source>Empreinte complète : {fingerprint}</source>
        <translation>Full fingerprint: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>FlowsModel</name>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Écrit le</source>
        <translation>Written on</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>{file} (flux {flow})</source>
        <translation>{file} (flow {flow})</translation>
    </message>
    <message>
        <source>à déposer</source>
        <translation>to upload</translation>
    </message>
    <message>
        <source>jamais (remplacé)</source>
        <translation>never (replaced)</translation>
    </message>
    <message>
        <source>importé le {date}</source>
        <translation>imported on {date}</translation>
    </message>
    <message>
        <source>en attente</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>{n} à déposer</source>
        <translation>{n} to upload</translation>
    </message>
    <message>
        <source>{n} en attente du rapport</source>
        <translation>{n} awaiting the report</translation>
    </message>
    <message>
        <source>{n} accepté(s)</source>
        <translation>{n} accepted</translation>
    </message>
    <message>
        <source>{n} rejeté(s)</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <source>{n} remplacé(s) par un fichier plus récent</source>
        <translation>{n} replaced by a newer file</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>libre</source>
        <translation>free</translation>
    </message>
    <message>
        <source>créneau libre</source>
        <translation>free slot</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <source>Vous vous êtes récusé(e)&#xa0;: la grille est désactivée pour ce candidat.</source>
        <translation>You have recused yourself: the grid is disabled for this candidate.</translation>
    </message>
    <message>
        <source>Choisissez un candidat pour afficher sa grille.</source>
        <translation>Choose a candidate to show their grid.</translation>
    </message>
    <message>
        <source>Grille d’évaluation</source>
        <translation>Scoring grid</translation>
    </message>
    <message>
        <source>Niveau de %1</source>
        <translation>Level of %1</translation>
    </message>
    <message>
        <source>Commentaire de %1</source>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <source>Avis global</source>
        <translation>Overall recommendation</translation>
    </message>
    <message>
        <source>Commentaire général</source>
        <translation>General comment</translation>
    </message>
    <message>
        <source>Déclaration de conflit d’intérêts</source>
        <translation>Conflict of interest statement</translation>
    </message>
    <message>
        <source>Récusation</source>
        <translation>Recusal</translation>
    </message>
    <message>
        <source>Notes de préparation</source>
        <translation>Preparation notes</translation>
    </message>
    <message>
        <source>Feuille signée&#xa0;: la grille ne peut plus être modifiée. Vos notes de préparation restent modifiables.</source>
        <translation>Sheet signed: the grid can no longer be changed. Your preparation notes can still be edited.</translation>
    </message>
    <message>
        <source>Modifier (nouvelle version)</source>
        <translation>Edit (new version)</translation>
    </message>
    <message>
        <source>La version signée reste valable ; la nouvelle devra être signée.</source>
        <translation>The signed version stays valid; the new one will have to be signed.</translation>
    </message>
    <message>
        <source>Exporter de nouveau…</source>
        <translation>Export again…</translation>
    </message>
    <message>
        <source>Enregistrer encore le PDF signé, à l’identique.</source>
        <translation>Save the signed PDF again, unchanged.</translation>
    </message>
    <message>
        <source>Retrait de la déclaration de conflit d’intérêts</source>
        <translation>Withdrawal of the conflict of interest statement</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Motifs</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Motif de la révision</source>
        <translation>Reason for the revision</translation>
    </message>
    <message>
        <source>première décision</source>
        <translation>first decision</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>IdentityAssistant</name>
    <message>
        <source>Votre identité de juré·e</source>
        <translation>Your juror identity</translation>
    </message>
    <message>
        <source>Créer votre identité de juré·e</source>
        <translation>Create your juror identity</translation>
    </message>
    <message>
        <source>Pour signer vos grilles et ouvrir les paquets de session, jury-desk crée sur cet ordinateur deux clés qui n’appartiennent qu’à vous. L’organisateur les certifiera à partir de votre demande d’enrôlement.</source>
        <translation>To sign your scoring sheets and open session bundles, jury-desk creates on this computer two keys that belong to you alone. The organiser will certify them from your enrolment request.</translation>
    </message>
    <message>
        <source>Prénom et nom</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>&amp;Prénom et nom :</source>
        <translation>&amp;First name and surname:</translation>
    </message>
    <message>
        <source>Adresse &amp;électronique :</source>
        <translation>&amp;Email address:</translation>
    </message>
    <message>
        <source>&amp;Créer mes clés</source>
        <translation>&amp;Create my keys</translation>
    </message>
    <message>
        <source>&amp;Importer une sauvegarde…</source>
        <translation>&amp;Import a backup…</translation>
    </message>
    <message>
        <source>Reprendre l’identité exportée depuis un autre ordinateur</source>
        <translation>Take the identity exported from another computer</translation>
    </message>
    <message>
        <source>Plus &amp;tard</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Je suis l’&amp;organisateur…</source>
        <translation>I am the &amp;organiser…</translation>
    </message>
    <message>
        <source>L’équipe de certification prépare les sessions dans l’espace organisateur ; elle n’a pas besoin d’identité de juré·e.</source>
        <translation>The certification team prepares the sessions in the organiser desk; it needs no juror identity.</translation>
    </message>
    <message>
        <source>Enregistrez votre demande d’enrôlement et envoyez-la à l’organisateur. Il vous appellera : lisez-lui alors ce code, qu’il compare au sien.</source>
        <translation>Save your enrolment request and send it to the organiser. They will call you: read them this code, which they compare with theirs.</translation>
    </message>
    <message>
        <source>&amp;Enregistrer ma demande d’enrôlement…</source>
        <translation>&amp;Save my enrolment request…</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Vos clés sont créées, {name}. Votre code de comparaison :</source>
        <translation>Your keys are created, {name}. Your comparison code:</translation>
    </message>
    <message>
        <source>Demande enregistrée : {file}</source>
        <translation>Request saved: {file}</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Mon identité</source>
        <translation>My identity</translation>
    </message>
    <message>
        <source>Mon identité de juré·e</source>
        <translation>My juror identity</translation>
    </message>
    <message>
        <source>{name} — {email}</source>
        <translation>{name} — {email}</translation>
    </message>
    <message>
        <source>&amp;Enregistrer ma demande d’enrôlement…</source>
        <translation>&amp;Save my enrolment request…</translation>
    </message>
    <message>
        <source>E&amp;xporter une sauvegarde…</source>
        <translation>E&amp;xport a backup…</translation>
    </message>
    <message>
        <source>Vos deux clés dans un fichier protégé par une phrase de passe</source>
        <translation>Your two keys in a file protected by a passphrase</translation>
    </message>
</context>
<context>
    <name>IdentityFlow</name>
    <message>
        <source>Votre identité n’a pas pu être lue</source>
        <translation>Your identity could not be read</translation>
    </message>
    <message>
        <source>Enregistrer la demande d’enrôlement</source>
        <translation>Save the enrolment request</translation>
    </message>
    <message>
        <source>Demandes d’enrôlement (*.json)</source>
        <translation>Enrolment requests (*.json)</translation>
    </message>
    <message>
        <source>La demande n’a pas pu être enregistrée : {reason}</source>
        <translation>The request could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Phrase de passe de la sauvegarde</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>La sauvegarde contient vos deux clés privées. Choisissez une phrase de passe de {n} caractères au moins pour la protéger : elle vous sera demandée pour l’importer sur un autre ordinateur.</source>
        <translation>The backup holds your two private keys. Choose a passphrase of at least {n} characters to protect it: it will be asked for when you import it on another computer.</translation>
    </message>
    <message>
        <source>Exporter une sauvegarde de mon identité</source>
        <translation>Export a backup of my identity</translation>
    </message>
    <message>
        <source>Sauvegardes d’identité jury-desk (*{suffix})</source>
        <translation>jury-desk identity backups (*{suffix})</translation>
    </message>
    <message>
        <source>Sauvegarde enregistrée : {file}. Gardez-la en lieu sûr, avec sa phrase de passe à part.</source>
        <translation>Backup saved: {file}. Keep it somewhere safe, and its passphrase apart from it.</translation>
    </message>
    <message>
        <source>Chiffrement de la sauvegarde…</source>
        <translation>Encrypting the backup…</translation>
    </message>
    <message>
        <source>Importer une sauvegarde d’identité</source>
        <translation>Import an identity backup</translation>
    </message>
    <message>
        <source>Sauvegardes d’identité jury-desk (*{suffix});;Tous les fichiers (*)</source>
        <translation>jury-desk identity backups (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Saisissez la phrase de passe choisie lors de l’export de cette sauvegarde.</source>
        <translation>Type the passphrase chosen when this backup was exported.</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte : réessayez.</source>
        <translation>Wrong passphrase: try again.</translation>
    </message>
    <message>
        <source>Déchiffrement de la sauvegarde…</source>
        <translation>Decrypting the backup…</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Masquer les données des candidats (Ctrl+L)</source>
        <translation>Hide the candidates’ data (Ctrl+L)</translation>
    </message>
    <message>
        <source>Session verrouillée — jury-desk</source>
        <translation>Session locked — jury-desk</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <source>{title} — image de {width} × {height} pixels</source>
        <translation>{title} — image of {width} × {height} pixels</translation>
    </message>
    <message>
        <source>Image « {title} »</source>
        <translation>Image “{title}”</translation>
    </message>
    <message>
        <source>{percent}&#x202f;%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Importer des grilles signées</source>
        <translation>Import signed sheets</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Aucun fichier PDF à importer.</source>
        <translation>No PDF file to import.</translation>
    </message>
    <message>
        <source>Importation des grilles en cours…</source>
        <translation>Importing the sheets…</translation>
    </message>
    <message>
        <source>Importation</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Les grilles n’ont pas été importées</source>
        <translation>The sheets were not imported</translation>
    </message>
    <message>
        <source>Importation terminée : {accepted} grille(s) sur {total}.</source>
        <translation>Import finished: {accepted} sheet(s) of {total}.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Importation des résultats</source>
        <translation>Importing the results</translation>
    </message>
    <message>
        <source>Fichier {n} sur {total} : {file}…</source>
        <translation>File {n} of {total}: {file}…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Importation des grilles</source>
        <translation>Import of the sheets</translation>
    </message>
    <message>
        <source>Résultat de l’importation des grilles</source>
        <translation>Result of the import of the sheets</translation>
    </message>
    <message>
        <source>{accepted} grille(s) sur {total} présente(s) dans la session.</source>
        <translation>{accepted} sheet(s) of {total} now in the session.</translation>
    </message>
    <message>
        <source>Grilles importées et leur résultat</source>
        <translation>Sheets imported and their result</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Juré</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <source>procès-verbal cosigné importé</source>
        <translation>co-signed minutes imported</translation>
    </message>
    <message>
        <source>{result} ; une révision plus récente existe</source>
        <translation>{result}; a more recent revision exists</translation>
    </message>
    <message>
        <source>procès-verbal cosigné déjà présent</source>
        <translation>co-signed minutes already there</translation>
    </message>
    <message>
        <source>conflit : un autre exemplaire cosigné est déjà gardé</source>
        <translation>conflict: another co-signed copy is already kept</translation>
    </message>
    <message>
        <source>procès-verbal refusé : {reason}</source>
        <translation>minutes refused: {reason}</translation>
    </message>
    <message>
        <source>procès-verbal</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>importée</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>déjà présente</source>
        <translation>already there</translation>
    </message>
    <message>
        <source>remplace la version {n}</source>
        <translation>replaces version {n}</translation>
    </message>
    <message>
        <source>version plus ancienne ignorée</source>
        <translation>older version ignored</translation>
    </message>
    <message>
        <source>conflit : deux grilles différentes de même version</source>
        <translation>conflict: two different sheets with the same version</translation>
    </message>
    <message>
        <source>refusée : {reason}</source>
        <translation>refused: {reason}</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Demandes d’enrôlement</source>
        <translation>Enrolment requests</translation>
    </message>
    <message>
        <source>Demandes reçues</source>
        <translation>Requests received</translation>
    </message>
    <message>
        <source>Demandes &amp;reçues :</source>
        <translation>Requests recei&amp;ved:</translation>
    </message>
    <message>
        <source>Ajouter des de&amp;mandes…</source>
        <translation>Add re&amp;quests…</translation>
    </message>
    <message>
        <source>Vous pouvez aussi déposer les fichiers de demande sur cette page.</source>
        <translation>You can also drop the request files on this page.</translation>
    </message>
    <message>
        <source>Retirer de la &amp;liste</source>
        <translation>Remove from the &amp;list</translation>
    </message>
    <message>
        <source>Le co&amp;de lu par le juré correspond</source>
        <translation>The co&amp;de read by the juror matches</translation>
    </message>
    <message>
        <source>Le code lu par le juré correspond</source>
        <translation>The code read by the juror matches</translation>
    </message>
    <message>
        <source>Appelez la personne et faites-lui lire le code affiché par son application : il doit être celui-ci, chiffre pour chiffre.</source>
        <translation>Call the person and have them read the code shown by their application: it must be this one, digit for digit.</translation>
    </message>
    <message>
        <source>&amp;Accepter</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Ajouter des demandes d’enrôlement</source>
        <translation>Add enrolment requests</translation>
    </message>
    <message>
        <source>Demandes d’enrôlement (*.json);;Tous les fichiers (*)</source>
        <translation>Enrolment requests (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>{file} : {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Ces fichiers ne sont pas des demandes d’enrôlement lisibles ; demandez à la personne d’en enregistrer une nouvelle :

{files}</source>
        <translation>These files are not readable enrolment requests; ask the person to save a new one:

{files}</translation>
    </message>
    <message>
        <source>Aucune demande en attente.</source>
        <translation>No request waiting.</translation>
    </message>
    <message>
        <source>Code de comparaison</source>
        <translation>Comparison code</translation>
    </message>
    <message>
        <source>{name} — {email}. Code que la personne doit vous lire :</source>
        <translation>{name} — {email}. Code the person must read to you:</translation>
    </message>
    <message>
        <source>Code de comparaison : {code}</source>
        <translation>Comparison code: {code}</translation>
    </message>
    <message>
        <source>Accepter la demande</source>
        <translation>Accept the request</translation>
    </message>
    <message>
        <source>{name} est enregistré·e parmi les jurés.</source>
        <translation>{name} is registered among the jurors.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Importer des candidats d’un tableur</source>
        <translation>Import candidates from a spreadsheet</translation>
    </message>
    <message>
        <source>Aucun tableur choisi.</source>
        <translation>No spreadsheet chosen.</translation>
    </message>
    <message>
        <source>Choisir le &amp;tableur…</source>
        <translation>Choose the &amp;spreadsheet…</translation>
    </message>
    <message>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Sans pièces jointes.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>Pièces jointes d’un &amp;dossier…</source>
        <translation>Attachments from a &amp;folder…</translation>
    </message>
    <message>
        <source>Pièces jointes d’un &amp;ZIP…</source>
        <translation>Attachments from a &amp;ZIP…</translation>
    </message>
    <message>
        <source>Sa&amp;ns pièces jointes</source>
        <translation>&amp;No attachments</translation>
    </message>
    <message>
        <source>&amp;Aperçu</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Aperçu de l’import</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Fe&amp;rmer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Tableur :</source>
        <translation>Spreadsheet:</translation>
    </message>
    <message>
        <source>Pièces jointes :</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>C&amp;orrespondance des colonnes :</source>
        <translation>Column &amp;mapping:</translation>
    </message>
    <message>
        <source>Aperçu &amp;ligne par ligne :</source>
        <translation>Preview &amp;line by line:</translation>
    </message>
    <message>
        <source>Choisir le tableur des candidatures</source>
        <translation>Choose the applications spreadsheet</translation>
    </message>
    <message>
        <source>Tableurs (*.csv *.xlsx *.ods)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Lire le tableur</source>
        <translation>Read the spreadsheet</translation>
    </message>
    <message>
        <source>Lecture de %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 : %2 ligne(s)</source>
        <translation>%1: %2 row(s)</translation>
    </message>
    <message>
        <source>Choisir le dossier des pièces jointes</source>
        <translation>Choose the attachments folder</translation>
    </message>
    <message>
        <source>Choisir le ZIP des pièces jointes</source>
        <translation>Choose the attachments ZIP</translation>
    </message>
    <message>
        <source>Archives ZIP (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>L’aperçu n’est plus à jour : demandez un nouvel aperçu.</source>
        <translation>The preview is out of date: ask for a new preview.</translation>
    </message>
    <message>
        <source>Lecture des lignes et des pièces jointes…</source>
        <translation>Reading the rows and the attachments…</translation>
    </message>
    <message>
        <source>%1 ligne(s) à importer sur %2.</source>
        <translation>%1 row(s) to import of %2.</translation>
    </message>
    <message>
        <source>Fichiers rattachés à personne : %1.</source>
        <translation>Files attached to no one: %1.</translation>
    </message>
    <message>
        <source>La colonne du NIR est ignorée : le registre ne conserve pas les numéros de sécurité sociale (voir les réglages de la déclaration).</source>
        <translation>The NIR column is ignored: the registry does not keep social security numbers (see the declaration’s settings).</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import des candidats…</source>
        <translation>Importing the candidates…</translation>
    </message>
    <message>
        <source>%1 candidat(s) ajouté(s) à la session.</source>
        <translation>%1 candidate(s) added to the session.</translation>
    </message>
</context>
<context>
    <name>JuriesBoardModel</name>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Entretiens</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>reçus le {date}</source>
        <translation>received on {date}</translation>
    </message>
    <message>
        <source>aucun entretien placé</source>
        <translation>no interview placed</translation>
    </message>
    <message>
        <source>attendus pour le {date}</source>
        <translation>due by {date}</translation>
    </message>
</context>
<context>
    <name>JuriesModel</name>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Président·e</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Candidats placés</source>
        <translation>Candidates placed</translation>
    </message>
    <message>
        <source>Dernier paquet</source>
        <translation>Latest bundle</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>version {version}, le {date}</source>
        <translation>version {version}, on {date}</translation>
    </message>
    <message>
        <source>Entretiens</source>
        <translation>Interviews</translation>
    </message>
</context>
<context>
    <name>JurorProfile</name>
    <message>
        <source>Chargé·e de portefeuille de startups</source>
        <translation>Startup portfolio manager</translation>
    </message>
    <message>
        <source>Intrapreneur·e certifié·e</source>
        <translation>Certified intrapreneur</translation>
    </message>
</context>
<context>
    <name>JurorsModel</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Incubateur</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Start-ups liées</source>
        <translation>Linked start-ups</translation>
    </message>
    <message>
        <source>Enrôlé·e le</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Certificat jusqu’au</source>
        <translation>Certificate until</translation>
    </message>
</context>
<context>
    <name>JurorsPage</name>
    <message>
        <source>Jurés</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <source>Jurés du registre</source>
        <translation>Jurors in the registry</translation>
    </message>
    <message>
        <source>Jurés du re&amp;gistre :</source>
        <translation>Jurors in the re&amp;gistry:</translation>
    </message>
    <message>
        <source>M&amp;odifier le profil…</source>
        <translation>Ed&amp;it the profile…</translation>
    </message>
    <message>
        <source>Modifier le profil du juré choisi</source>
        <translation>Edit the chosen juror’s profile</translation>
    </message>
    <message>
        <source>E&amp;xporter ses données (RGPD)…</source>
        <translation>Ex&amp;port their data (GDPR)…</translation>
    </message>
    <message>
        <source>Exporter les données du juré choisi</source>
        <translation>Export the chosen juror’s data</translation>
    </message>
    <message>
        <source>Profil du juré</source>
        <translation>Juror’s profile</translation>
    </message>
    <message>
        <source>Le profil n’a pas pu être enregistré.</source>
        <translation>The profile could not be saved.</translation>
    </message>
</context>
<context>
    <name>LettersBox</name>
    <message>
        <source>Lettres et parchemins</source>
        <translation>Letters and certificates</translation>
    </message>
    <message>
        <source>Désigner le si&amp;gnataire…</source>
        <translation>Name the si&amp;gner…</translation>
    </message>
    <message>
        <source>Désigner le signataire</source>
        <translation>Name the signer</translation>
    </message>
    <message>
        <source>Remplacer le si&amp;gnataire…</source>
        <translation>Replace the si&amp;gner…</translation>
    </message>
    <message>
        <source>Remplacer le signataire</source>
        <translation>Replace the signer</translation>
    </message>
    <message>
        <source>Voies de recours</source>
        <translation>Means of recourse</translation>
    </message>
    <message>
        <source>J’ai fait re&amp;lire ces voies de recours</source>
        <translation>I had this means of recourse revie&amp;wed</translation>
    </message>
    <message>
        <source>J’ai fait relire ces voies de recours</source>
        <translation>I had this means of recourse reviewed</translation>
    </message>
    <message>
        <source>Le texte des voies de recours est celui du service juridique du certificateur : aucune lettre n’est émise avant qu’il ait été relu.</source>
        <translation>The means of recourse is the certifier’s legal service’s wording: no letter is issued before it has been reviewed.</translation>
    </message>
    <message>
        <source>Date de la décision d’enregistrement de France compétences</source>
        <translation>Date of France compétences’ registration decision</translation>
    </message>
    <message>
        <source>à renseigner</source>
        <translation>to fill in</translation>
    </message>
    <message>
        <source>Libellé de la décision d’enregistrement</source>
        <translation>Wording of the registration decision</translation>
    </message>
    <message>
        <source>En&amp;registrer les réglages des lettres</source>
        <translation>Save the letters’ setti&amp;ngs</translation>
    </message>
    <message>
        <source>Enregistrer les réglages des lettres</source>
        <translation>Save the letters’ settings</translation>
    </message>
    <message>
        <source>Émettre les le&amp;ttres de la session…</source>
        <translation>Issue the session’s le&amp;tters…</translation>
    </message>
    <message>
        <source>Émettre les lettres de la session</source>
        <translation>Issue the session’s letters</translation>
    </message>
    <message>
        <source>Avancement des lettres</source>
        <translation>Letters’ progress</translation>
    </message>
    <message>
        <source>%v sur %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Vérifier un doc&amp;ument…</source>
        <translation>Check a doc&amp;ument…</translation>
    </message>
    <message>
        <source>Vérifier un document</source>
        <translation>Check a document</translation>
    </message>
    <message>
        <source>Code à rechercher</source>
        <translation>Code to look up</translation>
    </message>
    <message>
        <source>par exemple ABCDE-FGHJK</source>
        <translation>for example ABCDE-FGHJK</translation>
    </message>
    <message>
        <source>Rec&amp;hercher</source>
        <translation>Loo&amp;k up</translation>
    </message>
    <message>
        <source>Rechercher le code</source>
        <translation>Look the code up</translation>
    </message>
    <message>
        <source>&amp;Voies de recours :</source>
        <translation>Means of &amp;recourse:</translation>
    </message>
    <message>
        <source>&amp;Date de l’enregistrement :</source>
        <translation>Registration &amp;date:</translation>
    </message>
    <message>
        <source>Li&amp;bellé de l’enregistrement :</source>
        <translation>Registration te&amp;xt:</translation>
    </message>
    <message>
        <source>C&amp;ode à rechercher :</source>
        <translation>C&amp;ode to look up:</translation>
    </message>
    <message>
        <source>{name} signe désormais les lettres et les parchemins.</source>
        <translation>{name} now signs the letters and certificates.</translation>
    </message>
    <message>
        <source>Création de la clé du signataire…</source>
        <translation>Creating the signer’s key…</translation>
    </message>
    <message>
        <source>{name} signe désormais les lettres et les parchemins ; ce que signait le signataire précédent reste vérifiable.</source>
        <translation>{name} now signs the letters and certificates; what the previous signer signed remains verifiable.</translation>
    </message>
    <message>
        <source>Remplacer le signataire actuel par {name} ?

Le signataire actuel ne pourra plus signer : sa clé est remplacée par une nouvelle clé, certifiée par l’autorité de l’organisateur. Son certificat est conservé, et les lettres et parchemins qu’il a signés restent vérifiables. Le journal du registre garde qui a fait le remplacement, quand et pourquoi.</source>
        <translation>Replace the current signer with {name}?

The current signer will no longer be able to sign: their key is replaced by a new key, certified by the organiser’s authority. Their certificate is kept, and the letters and certificates they signed remain verifiable. The registry’s journal keeps who made the replacement, when and why.</translation>
    </message>
    <message>
        <source>&amp;Remplacer</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Réglages des lettres</source>
        <translation>Letters’ settings</translation>
    </message>
    <message>
        <source>Réglages des lettres enregistrés.</source>
        <translation>Letters’ settings saved.</translation>
    </message>
    <message>
        <source>Émettre les lettres</source>
        <translation>Issue the letters</translation>
    </message>
    <message>
        <source>Choisir où créer le dossier des lettres</source>
        <translation>Choose where to create the letters’ folder</translation>
    </message>
    <message>
        <source>Signature des lettres et des parchemins…</source>
        <translation>Signing the letters and certificates…</translation>
    </message>
    <message>
        <source>{letters} lettre(s) de décision et {certificates} parchemin(s) signés, un dossier par candidat, dans le dossier « {folder} ».</source>
        <translation>{letters} decision letter(s) and {certificates} certificate(s) signed, a folder per candidate, in the folder “{folder}”.</translation>
    </message>
    <message>
        <source>Vérifier une lettre ou un parchemin</source>
        <translation>Check a letter or a certificate</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Vérification de la signature…</source>
        <translation>Checking the signature…</translation>
    </message>
    <message>
        <source>Saisissez le code imprimé sur le document.</source>
        <translation>Type the code printed on the document.</translation>
    </message>
    <message>
        <source>Rechercher un code</source>
        <translation>Look a code up</translation>
    </message>
    <message>
        <source>INVALIDE : {file}. Raisons :
{reasons}</source>
        <translation>INVALID: {file}. Reasons:
{reasons}</translation>
    </message>
    <message>
        <source>parchemin de {name}</source>
        <translation>certificate of {name}</translation>
    </message>
    <message>
        <source>lettre de décision de {name}</source>
        <translation>decision letter of {name}</translation>
    </message>
    <message>
        <source>VALIDE : {file} — {what}, code {code}, signé par {signer} le {moment} (heure de Paris). En vigueur au registre.</source>
        <translation>VALID: {file} — {what}, code {code}, signed by {signer} on {moment} (Paris time). In force in the registry.</translation>
    </message>
    <message>
        <source>révoqué : {reason}</source>
        <translation>revoked: {reason}</translation>
    </message>
    <message>
        <source>remplacé : sa décision a été rectifiée depuis</source>
        <translation>superseded: its decision was corrected since</translation>
    </message>
    <message>
        <source>en vigueur</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>Parchemin</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Lettre de décision</source>
        <translation>Decision letter</translation>
    </message>
    <message>
        <source>Code {code} : {kind} de {name} ({candidate}), décision « {outcome} » du {decided}, émis le {issued}, signé par {signer}, fichier {file} — {state}.</source>
        <translation>Code {code}: {kind} of {name} ({candidate}), decision “{outcome}” of {decided}, issued on {issued}, signed by {signer}, file {file} — {state}.</translation>
    </message>
    <message>
        <source>Aucun signataire n’est désigné : les lettres et les parchemins sont signés par une personne qui signe pour le certificateur, certifiée par l’autorité de l’organisateur. Désignez-la avant d’émettre les lettres.</source>
        <translation>No signer is named: letters and certificates are signed by a person who signs for the certifier, certified by the organiser’s authority. Name them before issuing the letters.</translation>
    </message>
    <message>
        <source>Signataire : {name} &lt;{email}&gt;, certificat valable jusqu’au {date}.</source>
        <translation>Signer: {name} &lt;{email}&gt;, certificate valid until {date}.</translation>
    </message>
</context>
<context>
    <name>LevelDistributionChart</name>
    <message>
        <source>Graphique : répartition des niveaux retenus par compétence</source>
        <translation>Chart: distribution of the retained levels per competency</translation>
    </message>
    <message>
        <source>Aucun niveau retenu pour l’instant.</source>
        <translation>No level retained yet.</translation>
    </message>
    <message>
        <source>{level} {n}</source>
        <translation>{level} {n}</translation>
    </message>
    <message>
        <source>{code} : {parts}.</source>
        <translation>{code}: {parts}.</translation>
    </message>
    <message>
        <source>Aucun niveau retenu pour l’instant : le graphique se remplit avec les délibérations.</source>
        <translation>No level retained yet: the chart fills in with the deliberations.</translation>
    </message>
</context>
<context>
    <name>LevelsModel</name>
    <message>
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>L’application n’ouvre jamais les liens, car elle fonctionne hors ligne. Copiez le lien puis collez-le dans votre navigateur.</source>
        <translation>The application never opens links, as it works offline. Copy the link, then paste it into your browser.</translation>
    </message>
    <message>
        <source>Adresse du lien « {name} »</source>
        <translation>Address of the link “{name}”</translation>
    </message>
    <message>
        <source>Copier le lien</source>
        <translation>Copy the link</translation>
    </message>
    <message>
        <source>Copier le lien « {name} »</source>
        <translation>Copy the link “{name}”</translation>
    </message>
    <message>
        <source>Met l’adresse dans le presse-papiers, sans l’ouvrir.</source>
        <translation>Puts the address on the clipboard, without opening it.</translation>
    </message>
    <message>
        <source>État de la copie</source>
        <translation>Copy status</translation>
    </message>
    <message>
        <source>Ce document ne contient aucun lien.</source>
        <translation>This document contains no link.</translation>
    </message>
    <message>
        <source>Lien copié dans le presse-papiers.</source>
        <translation>Link copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Session verrouillée</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>Les données des candidats sont masquées. Le chronomètre de l’entretien continue de tourner.</source>
        <translation>The candidates’ data are hidden. The interview clock keeps running.</translation>
    </message>
    <message>
        <source>Ce verrou masque l’écran sans mot de passe. Si vous quittez votre poste, verrouillez aussi la session de votre ordinateur.</source>
        <translation>This lock hides the screen without a password. If you leave your desk, also lock your computer’s session.</translation>
    </message>
    <message>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Déverrouiller la session</source>
        <translation>Unlock the session</translation>
    </message>
    <message>
        <source>Affiche de nouveau la session là où vous l’aviez laissée.</source>
        <translation>Shows the session again where you left it.</translation>
    </message>
    <message>
        <source>Déverrouiller (Entrée)</source>
        <translation>Unlock (Enter)</translation>
    </message>
    <message>
        <source>Session : {title}</source>
        <translation>Session: {title}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>jury-desk</source>
        <translation>jury-desk</translation>
    </message>
    <message>
        <source>jury-desk, fenêtre principale</source>
        <translation>jury-desk, main window</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ouvrir un paquet de session…</source>
        <translation>&amp;Open a session bundle…</translation>
    </message>
    <message>
        <source>&amp;Fermer la session</source>
        <translation>&amp;Close the session</translation>
    </message>
    <message>
        <source>Mon i&amp;dentité…</source>
        <translation>My i&amp;dentity…</translation>
    </message>
    <message>
        <source>&amp;Signer et exporter la grille…</source>
        <translation>&amp;Sign and export the sheet…</translation>
    </message>
    <message>
        <source>&amp;Importer des grilles…</source>
        <translation>&amp;Import sheets…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigate</translation>
    </message>
    <message>
        <source>Candidat &amp;précédent</source>
        <translation>&amp;Previous candidate</translation>
    </message>
    <message>
        <source>Candidat &amp;suivant</source>
        <translation>&amp;Next candidate</translation>
    </message>
    <message>
        <source>D&amp;ossier du candidat</source>
        <translation>Candidate&apos;s do&amp;ssier</translation>
    </message>
    <message>
        <source>Ni&amp;veau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Effacer le niveau (non noté)</source>
        <translation>&amp;Clear the level (not scored)</translation>
    </message>
    <message>
        <source>En&amp;tretien</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <source>&amp;Démarrer le chronomètre</source>
        <translation>&amp;Start the clock</translation>
    </message>
    <message>
        <source>&amp;Phase suivante</source>
        <translation>&amp;Next phase</translation>
    </message>
    <message>
        <source>&amp;Insérer le temps écoulé</source>
        <translation>&amp;Insert the elapsed time</translation>
    </message>
    <message>
        <source>Petite &amp;horloge</source>
        <translation>Small &amp;clock</translation>
    </message>
    <message>
        <source>&amp;Terminer l’entretien…</source>
        <translation>&amp;End the interview…</translation>
    </message>
    <message>
        <source>{title} — jury-desk</source>
        <translation>{title} — jury-desk</translation>
    </message>
    <message>
        <source>Session ouverte ; chaque saisie est enregistrée.</source>
        <translation>Session open; every entry is saved.</translation>
    </message>
    <message>
        <source>Enregistré à {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>Non enregistré : {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <source>Erreur interne de jury-desk ; rien de ce qui était enregistré n’est perdu.</source>
        <translation>Internal error of jury-desk; nothing already saved is lost.</translation>
    </message>
    <message>
        <source>Entretien en cours</source>
        <translation>Interview under way</translation>
    </message>
    <message>
        <source>L’entretien de {name} est en cours. Quitter jury-desk quand même ?</source>
        <translation>The interview of {name} is under way. Quit jury-desk anyway?</translation>
    </message>
    <message>
        <source>Le chronomètre continue de compter ; le temps passé sans jury-desk sera noté comme une interruption, sans être attribué à une compétence.</source>
        <translation>The clock keeps counting; the time spent without jury-desk will be noted as an interruption, credited to no competency.</translation>
    </message>
    <message>
        <source>&amp;Rester</source>
        <translation>&amp;Stay</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Donnée</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Colonne du tableur</source>
        <translation>Spreadsheet column</translation>
    </message>
    <message>
        <source>(non importé)</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Cosigner le procès-verbal</source>
        <translation>Co-sign the minutes</translation>
    </message>
    <message>
        <source>Vous allez cosigner le procès-verbal (révision {revision}) avec votre clé de juré·e. La signature de la présidence a été vérifiée : {signed}.</source>
        <translation>You are about to co-sign the minutes (revision {revision}) with your juror key. The chair’s signature was verified: {signed}.</translation>
    </message>
    <message>
        <source>Signer le procès-verbal</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <source>Vous allez signer le procès-verbal de délibération (révision {revision}) avec votre clé de président·e du jury ; le membre du jury le cosignera.</source>
        <translation>You are about to sign the minutes of the deliberation (revision {revision}) with your jury chair key; the jury member will co-sign them.</translation>
    </message>
    <message>
        <source>&amp;Cosigner</source>
        <translation>&amp;Co-sign</translation>
    </message>
    <message>
        <source>&amp;Signer</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>{chair} (présidence), {member} (membre)</source>
        <translation>{chair} (chair), {member} (member)</translation>
    </message>
    <message>
        <source>{n} candidat·es : {certified} certifié·e(s), {not_certified} non certifié·e(s), {absent} absent·e(s), {postponed} reporté·e(s) ; taux de réussite {rate}.</source>
        <translation>{n} candidates: {certified} certified, {not_certified} not certified, {absent} absent, {postponed} postponed; pass rate {rate}.</translation>
    </message>
    <message>
        <source>Session :</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Jury :</source>
        <translation>Jury:</translation>
    </message>
    <message>
        <source>Décisions :</source>
        <translation>Decisions:</translation>
    </message>
    <message>
        <source>non indiqué (« Fait le … »)</source>
        <translation>not given (“Done on …”)</translation>
    </message>
    <message>
        <source>Lieu :</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Décisions du procès-verbal, par candidat</source>
        <translation>Decisions in the minutes, by candidate</translation>
    </message>
    <message>
        <source>&amp;Décisions :</source>
        <translation>&amp;Decisions:</translation>
    </message>
    <message>
        <source>Une fois signé, le procès-verbal ne peut plus être modifié ; une nouvelle exportation en crée une nouvelle révision.</source>
        <translation>Once signed, the minutes can no longer be changed; exporting again creates a new revision.</translation>
    </message>
    <message>
        <source>Votre signature s’ajoute à celle de la présidence sans rien modifier du procès-verbal signé.</source>
        <translation>Your signature is added to the chair’s without changing anything in the signed minutes.</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Annuler, ne pas signer</source>
        <translation>Cancel, do not sign</translation>
    </message>
    <message>
        <source>Attention : ce procès-verbal contredit {n} point(s) de vos grilles signées. Ne le cosignez qu’après en avoir parlé avec la présidence du jury.</source>
        <translation>Warning: these minutes contradict {n} point(s) of your signed sheets. Co-sign them only after talking it over with the jury&apos;s chair.</translation>
    </message>
    <message>
        <source>Lieu de la délibération</source>
        <translation>Place of the deliberation</translation>
    </message>
    <message>
        <source>Facultatif : le procès-verbal se termine par « Fait à » ce lieu, ou par « Fait le » la date s’il est vide.</source>
        <translation>Optional: the minutes end with “Done at” this place, or with “Done on” the date if it is empty.</translation>
    </message>
    <message>
        <source>Ville où le jury a siégé (facultatif)</source>
        <translation>Town where the jury sat (optional)</translation>
    </message>
    <message>
        <source>{name}, le {when}</source>
        <translation>{name}, on {when}</translation>
    </message>
</context>
<context>
    <name>MinutesFlow</name>
    <message>
        <source>Exporter le &amp;procès-verbal signé…</source>
        <translation>Export the signed &amp;minutes…</translation>
    </message>
    <message>
        <source>&amp;Cosigner le procès-verbal…</source>
        <translation>Co-si&amp;gn the minutes…</translation>
    </message>
    <message>
        <source>Le procès-verbal n’a pas été signé</source>
        <translation>The minutes were not signed</translation>
    </message>
    <message>
        <source>Signature annulée : le procès-verbal n’a pas été signé.</source>
        <translation>Signing cancelled: the minutes were not signed.</translation>
    </message>
    <message>
        <source>Signature du procès-verbal en cours…</source>
        <translation>Signing the minutes…</translation>
    </message>
    <message>
        <source>Le procès-verbal signé n’a pas été enregistré</source>
        <translation>The signed minutes were not saved</translation>
    </message>
    <message>
        <source>Procès-verbal signé (révision {n}) et gardé dans la session ; aucun fichier n’a été enregistré.</source>
        <translation>Minutes signed (revision {n}) and kept in the session; no file was saved.</translation>
    </message>
    <message>
        <source>Procès-verbal signé (révision {n}) et enregistré : {path}. Transmettez-le au membre du jury pour cosignature.</source>
        <translation>Minutes signed (revision {n}) and saved: {path}. Send them to the jury member to co-sign.</translation>
    </message>
    <message>
        <source>Procès-verbal à cosigner</source>
        <translation>Minutes to co-sign</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Le procès-verbal n’a pas été cosigné</source>
        <translation>The minutes were not co-signed</translation>
    </message>
    <message>
        <source>Vérification du procès-verbal…</source>
        <translation>Checking the minutes…</translation>
    </message>
    <message>
        <source>Cosignature annulée : rien n’a été signé.</source>
        <translation>Co-signing cancelled: nothing was signed.</translation>
    </message>
    <message>
        <source>Cosignature du procès-verbal en cours…</source>
        <translation>Co-signing the minutes…</translation>
    </message>
    <message>
        <source>Le procès-verbal cosigné n’a pas été enregistré</source>
        <translation>The co-signed minutes were not saved</translation>
    </message>
    <message>
        <source>Procès-verbal cosigné, mais non enregistré : cosignez-le de nouveau pour l’enregistrer.</source>
        <translation>Minutes co-signed but not saved: co-sign them again to save them.</translation>
    </message>
    <message>
        <source>Procès-verbal cosigné (révision {n}) et enregistré : {path}. Renvoyez-le à la présidence du jury.</source>
        <translation>Minutes co-signed (revision {n}) and saved: {path}. Send them back to the jury chair.</translation>
    </message>
    <message>
        <source>Enregistrer le procès-verbal</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <source>{path} n’a pas pu être écrit ({reason}).</source>
        <translation>{path} could not be written ({reason}).</translation>
    </message>
</context>
<context>
    <name>MinutesPreviewModel</name>
    <message>
        <source>Candidat·e</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Niveaux retenus</source>
        <translation>Retained levels</translation>
    </message>
    <message>
        <source>Compétences validées</source>
        <translation>Competencies passed</translation>
    </message>
    <message>
        <source>Motifs</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{n} sur {total} :
{codes}</source>
        <translation>{n} of {total}:
{codes}</translation>
    </message>
    <message>
        <source>{level} : {codes}</source>
        <translation>{level}: {codes}</translation>
    </message>
    <message>
        <source>(voix prépondérante : {codes})</source>
        <translation>(casting vote: {codes})</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>Nouvelle session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Créer une session</source>
        <translation>Create a session</translation>
    </message>
    <message>
        <source>Identifiant de la session</source>
        <translation>Session identifier</translation>
    </message>
    <message>
        <source>par exemple rs6247-2027-05</source>
        <translation>for example rs6247-2027-05</translation>
    </message>
    <message>
        <source>Lettres minuscules, chiffres et tirets : il préfixe les paquets de ses jurys.</source>
        <translation>Lower-case letters, digits and hyphens: it prefixes the bundles of its juries.</translation>
    </message>
    <message>
        <source>Ide&amp;ntifiant :</source>
        <translation>&amp;Identifier:</translation>
    </message>
</context>
<context>
    <name>OrganiserFlow</name>
    <message>
        <source>Espace or&amp;ganisateur…</source>
        <translation>Organiser des&amp;k…</translation>
    </message>
    <message>
        <source>Espace organisateur</source>
        <translation>Organiser desk</translation>
    </message>
</context>
<context>
    <name>OrganiserOpening</name>
    <message>
        <source>Espace organisateur</source>
        <translation>Organiser desk</translation>
    </message>
    <message>
        <source>Ce poste n’a pas encore de registre de l’organisateur. Le créer maintenant ? Il sera chiffré, sa clé gardée dans le trousseau de ce poste.</source>
        <translation>This computer has no organiser’s registry yet. Create it now? It will be encrypted, its key kept in this computer’s keyring.</translation>
    </message>
</context>
<context>
    <name>OrganiserWindow</name>
    <message>
        <source>jury-desk — espace organisateur</source>
        <translation>jury-desk — organiser desk</translation>
    </message>
    <message>
        <source>Espace organisateur</source>
        <translation>Organiser desk</translation>
    </message>
    <message>
        <source>Parties du travail de l’organisateur</source>
        <translation>Parts of the organiser’s work</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Renouveler l’autorité…</source>
        <translation>&amp;Renew the authority…</translation>
    </message>
    <message>
        <source>&amp;Chiffres pour le renouvellement…</source>
        <translation>Fi&amp;gures for the renewal…</translation>
    </message>
    <message>
        <source>Conservation des &amp;données…</source>
        <translation>&amp;Data retention…</translation>
    </message>
    <message>
        <source>&amp;Fermer l’espace organisateur</source>
        <translation>&amp;Close the organiser desk</translation>
    </message>
    <message>
        <source>Registre : %1</source>
        <translation>Registry: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Session :</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>S&amp;ession</translation>
    </message>
    <message>
        <source>&amp;Jurés</source>
        <translation>&amp;Jurors</translation>
    </message>
    <message>
        <source>&amp;Candidats</source>
        <translation>&amp;Candidates</translation>
    </message>
    <message>
        <source>Jurys, &amp;planning et convocations</source>
        <translation>Ju&amp;ries, schedule and convocations</translation>
    </message>
    <message>
        <source>Pa&amp;quets des jurys</source>
        <translation>Jury &amp;bundles</translation>
    </message>
    <message>
        <source>R&amp;ésultats</source>
        <translation>Res&amp;ults</translation>
    </message>
    <message>
        <source>Déclaration &amp;à la CDC</source>
        <translation>&amp;Declaration to the CDC</translation>
    </message>
</context>
<context>
    <name>OutcomesChart</name>
    <message>
        <source>Graphique des décisions</source>
        <translation>Decisions chart</translation>
    </message>
    <message>
        <source>Certifiés</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Non certifiés</source>
        <translation>Not certified</translation>
    </message>
    <message>
        <source>Absents</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Ajournés</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>{outcome} : {n}</source>
        <translation>{outcome}: {n}</translation>
    </message>
    <message>
        <source>Décisions — {counts}.</source>
        <translation>Decisions — {counts}.</translation>
    </message>
</context>
<context>
    <name>OverallSection</name>
    <message>
        <source>Avis global</source>
        <translation>Overall recommendation</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Aucun avis</source>
        <translation>No recommendation</translation>
    </message>
    <message>
        <source>Favorable</source>
        <translation>Favourable</translation>
    </message>
    <message>
        <source>Réservé</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Défavorable</source>
        <translation>Unfavourable</translation>
    </message>
    <message>
        <source>Commentaire général</source>
        <translation>General comment</translation>
    </message>
    <message>
        <source>Je déclare un conflit d’intérêts</source>
        <translation>I declare a conflict of interest</translation>
    </message>
    <message>
        <source>Nature du conflit d’intérêts</source>
        <translation>Nature of the conflict of interest</translation>
    </message>
    <message>
        <source>Nature du conflit d’intérêts (obligatoire pour vous récuser)</source>
        <translation>Nature of the conflict of interest (required to recuse yourself)</translation>
    </message>
    <message>
        <source>Je me récuse pour ce candidat</source>
        <translation>I recuse myself for this candidate</translation>
    </message>
    <message>
        <source>Notes de préparation (privées)</source>
        <translation>Preparation notes (private)</translation>
    </message>
    <message>
        <source>Vos notes ne figurent pas sur la feuille signée.</source>
        <translation>Your notes do not appear on the signed sheet.</translation>
    </message>
    <message>
        <source>Vos notes pour préparer l’entretien&#xa0;: elles restent sur ce poste.</source>
        <translation>Your notes to prepare the interview: they stay on this computer.</translation>
    </message>
    <message>
        <source>Appréciation générale</source>
        <translation>Overall assessment</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>{percent}&#x202f;%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{whole},{fraction}</source>
        <translation>{whole}.{fraction}</translation>
    </message>
    <message>
        <source>Candidat·e</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Entretien</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Décision due le</source>
        <translation>Decision due on</translation>
    </message>
    <message>
        <source>{name}, {startup}</source>
        <translation>{name}, {startup}</translation>
    </message>
    <message>
        <source>{date} — en retard</source>
        <translation>{date} — overdue</translation>
    </message>
    <message>
        <source>à préparer</source>
        <translation>to prepare</translation>
    </message>
    <message>
        <source>en entretien</source>
        <translation>in interview</translation>
    </message>
    <message>
        <source>noté</source>
        <translation>scored</translation>
    </message>
    <message>
        <source>signé</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>délibéré</source>
        <translation>deliberated</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Candidats et décisions</source>
        <translation>Candidates and decisions</translation>
    </message>
    <message>
        <source>C&amp;andidats et décisions :</source>
        <translation>C&amp;andidates and decisions:</translation>
    </message>
    <message>
        <source>Statistiques de la session</source>
        <translation>Session statistics</translation>
    </message>
    <message>
        <source>Accord : part des niveaux identiques dans les grilles signées des deux juré·es ; kappa : le même accord, celui dû au hasard retiré (1 = accord parfait, 0 = pas mieux que le hasard) ; non significatif : moins de {n} paires de grilles.</source>
        <translation>Agreement: share of identical levels in the two jurors&apos; signed sheets; kappa: the same agreement with chance removed (1 = perfect agreement, 0 = no better than chance); not significant: fewer than {n} pairs of sheets.</translation>
    </message>
    <message>
        <source>Niveaux retenus par compétence :</source>
        <translation>Levels retained per competency:</translation>
    </message>
    <message>
        <source>Statistiques par compétence : niveaux retenus, accord des juré·es, kappa</source>
        <translation>Statistics per competency: levels retained, jurors’ agreement, kappa</translation>
    </message>
    <message>
        <source>&amp;Statistiques par compétence :</source>
        <translation>&amp;Statistics per competency:</translation>
    </message>
    <message>
        <source>La vue d’ensemble n’a pas pu être lue</source>
        <translation>The overview could not be read</translation>
    </message>
    <message>
        <source>{n} décision(s) en retard sur l’échéance de deux mois.</source>
        <translation>{n} decision(s) overdue on the two-month deadline.</translation>
    </message>
    <message>
        <source>Aucune décision en retard.</source>
        <translation>No overdue decision.</translation>
    </message>
    <message>
        <source>Taux de réussite : {rate}</source>
        <translation>Pass rate: {rate}</translation>
    </message>
    <message>
        <source>{certified} certifié·e(s) sur {ruled} jugé·e(s) par la règle</source>
        <translation>{certified} certified of {ruled} judged by the rule</translation>
    </message>
    <message>
        <source>{outcome} : {n}</source>
        <translation>{outcome}: {n}</translation>
    </message>
    <message>
        <source>non décidé : {n}</source>
        <translation>not decided: {n}</translation>
    </message>
    <message>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Accord des juré·es sur la session : {rate} des {pairs} niveaux comparés ({sheets} paires de grilles) ; kappa de Cohen pondéré : {kappa}.</source>
        <translation>Jurors&apos; agreement over the session: {rate} of the {pairs} levels compared ({sheets} pairs of sheets); Cohen&apos;s weighted kappa: {kappa}.</translation>
    </message>
    <message>
        <source>Accord des juré·es sur la session : {rate} des {pairs} niveaux comparés ; kappa de Cohen pondéré : {kappa} — non significatif ({sheets} paire(s) de grilles).</source>
        <translation>Jurors&apos; agreement over the session: {rate} of the {pairs} levels compared; Cohen&apos;s weighted kappa: {kappa} — not significant ({sheets} pair(s) of sheets).</translation>
    </message>
    <message>
        <source>Accord des juré·es : aucune paire de grilles signées à comparer pour l’instant.</source>
        <translation>Jurors’ agreement: no pair of signed sheets to compare yet.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirmation de la phrase de passe</source>
        <translation>Passphrase confirmation</translation>
    </message>
    <message>
        <source>&amp;Mémoriser dans le trousseau du système</source>
        <translation>&amp;Remember in the system keyring</translation>
    </message>
    <message>
        <source>Mémoriser la phrase de passe dans le trousseau</source>
        <translation>Remember the passphrase in the keyring</translation>
    </message>
    <message>
        <source>&amp;Phrase de passe :</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <source>Saisissez la phrase de passe.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <source>La phrase de passe doit compter {n} caractères au moins.</source>
        <translation>The passphrase must have at least {n} characters.</translation>
    </message>
    <message>
        <source>Les deux phrases de passe diffèrent : saisissez-les à nouveau.</source>
        <translation>The two passphrases differ: type them again.</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <source>Ce PDF ne peut pas être affiché&#xa0;: {reason}. Signalez-le à l’organisateur de la session.</source>
        <translation>This PDF cannot be shown: {reason}. Report it to the session’s organiser.</translation>
    </message>
    <message>
        <source>il est protégé par un mot de passe</source>
        <translation>it is protected by a password</translation>
    </message>
    <message>
        <source>sa protection n’est pas prise en charge</source>
        <translation>its protection is not supported</translation>
    </message>
    <message>
        <source>le fichier n’est pas un PDF valide ou il est endommagé</source>
        <translation>the file is not a valid PDF or it is damaged</translation>
    </message>
    <message>
        <source>le fichier est peut-être endommagé</source>
        <translation>the file may be damaged</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Pages du document « {title} »</source>
        <translation>Pages of the document “{title}”</translation>
    </message>
    <message>
        <source>Les touches Page précédente et Page suivante changent de page.</source>
        <translation>The Page Up and Page Down keys change the page.</translation>
    </message>
    <message>
        <source>Position dans le document</source>
        <translation>Position in the document</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <source> / {count}</source>
        <translation> / {count}</translation>
    </message>
    <message>
        <source>Page affichée</source>
        <translation>Page shown</translation>
    </message>
    <message>
        <source>Saisissez un numéro de page entre 1 et {count}</source>
        <translation>Type a page number from 1 to {count}</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>{title} — page {page} / {count}</source>
        <translation>{title} — page {page} / {count}</translation>
    </message>
    <message>
        <source>{percent}&#x202f;%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Exporter les données de %1</source>
        <translation>Export the data of %1</translation>
    </message>
    <message>
        <source>Archives ZIP (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Les données de %1 sont dans « %2 » : à transmettre à la personne seule, par un moyen sûr.</source>
        <translation>The data of %1 are in “%2”: give them to that person alone, by a safe means.</translation>
    </message>
    <message>
        <source>Rassemblement des données…</source>
        <translation>Gathering the data…</translation>
    </message>
</context>
<context>
    <name>PhaseBars</name>
    <message>
        <source>Phases de l’entretien</source>
        <translation>Interview phases</translation>
    </message>
    <message>
        <source>%1. %2/%3 min</source>
        <translation>%1. %2/%3 min</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2&#xa0;min passées sur %3 prévues</source>
        <translation>%1: %2&#xa0;min spent of %3 planned</translation>
    </message>
    <message>
        <source>Phase %1&#xa0;: %2&#xa0;min passées sur %3 prévues%4</source>
        <translation>Phase %1: %2&#xa0;min spent of %3 planned%4</translation>
    </message>
    <message>
        <source> (en cours)</source>
        <translation> (current)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Langue de l’interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>La nouvelle langue s’applique au prochain démarrage de jury-desk.</source>
        <translation>The new language applies the next time jury-desk starts.</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Celui du système</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Clair</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Sombre</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Verrouillage après inactivité, en minutes</source>
        <translation>Lock after inactivity, in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Jamais</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Après ce délai sans action, la fenêtre masque les données des candidats jusqu’à ce que vous la déverrouilliez. 0 : jamais.</source>
        <translation>After this time without any action, the window hides the candidates’ data until you unlock it. 0: never.</translation>
    </message>
    <message>
        <source>Nom de l’organisateur</source>
        <translation>Organiser’s name</translation>
    </message>
    <message>
        <source>votre nom, tel que le registre le garde</source>
        <translation>your name, as the registry keeps it</translation>
    </message>
    <message>
        <source>Registre de l’organisateur</source>
        <translation>Organiser’s registry</translation>
    </message>
    <message>
        <source>vide : le registre chiffré de ce poste</source>
        <translation>empty: this computer’s encrypted registry</translation>
    </message>
    <message>
        <source>Pour l’espace organisateur. Une équipe partage un registre sur un serveur PostgreSQL : indiquez son adresse, postgresql://serveur/base.</source>
        <translation>For the organiser desk. A team shares a registry on a PostgreSQL server: give its address, postgresql://server/database.</translation>
    </message>
    <message>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Thème :</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Verrouiller après :</source>
        <translation>Loc&amp;k after:</translation>
    </message>
    <message>
        <source>&amp;Nom de l’organisateur :</source>
        <translation>Organiser’s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Registre :</source>
        <translation>&amp;Registry:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Fichiers trouvés</source>
        <translation>Files found</translation>
    </message>
    <message>
        <source>Problèmes</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Déjà dans la session</source>
        <translation>Already in the session</translation>
    </message>
    <message>
        <source>Importé</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profil de {name}</source>
        <translation>Profile of {name}</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Type de juré·e</source>
        <translation>Type of juror</translation>
    </message>
    <message>
        <source>à choisir</source>
        <translation>to choose</translation>
    </message>
    <message>
        <source>Incubateur</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Start-ups liées, séparées par des virgules</source>
        <translation>Linked start-ups, separated by commas</translation>
    </message>
    <message>
        <source>Les start-ups que la personne accompagne, finance ou où elle a travaillé : elle n’évaluera aucun de leurs candidats.</source>
        <translation>The start-ups the person supports, funds or has worked at: they will assess none of their candidates.</translation>
    </message>
    <message>
        <source>&amp;Type de juré·e :</source>
        <translation>&amp;Type of juror:</translation>
    </message>
    <message>
        <source>&amp;Incubateur :</source>
        <translation>&amp;Incubator:</translation>
    </message>
    <message>
        <source>Start-&amp;ups liées (séparées par des virgules) :</source>
        <translation>Linked start-&amp;ups (separated by commas):</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposition de planning</source>
        <translation>Schedule proposal</translation>
    </message>
    <message>
        <source>Placements proposés</source>
        <translation>Proposed placements</translation>
    </message>
    <message>
        <source>Non placés et raisons</source>
        <translation>Unplaced candidates and reasons</translation>
    </message>
    <message>
        <source>Chaque candidat a un créneau ; toutes les règles sont respectées.</source>
        <translation>Every candidate has a slot; every rule is respected.</translation>
    </message>
    <message>
        <source>%1 nouveau(x) placement(s) proposé(s). Rien n’est enregistré avant « Appliquer ».</source>
        <translation>%1 new placement(s) proposed. Nothing is saved before “Apply”.</translation>
    </message>
    <message>
        <source>&amp;Appliquer</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Annu&amp;ler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Placements pr&amp;oposés :</source>
        <translation>Pr&amp;oposed placements:</translation>
    </message>
    <message>
        <source>Non placés et &amp;raisons :</source>
        <translation>Unplaced candidates and &amp;reasons:</translation>
    </message>
</context>
<context>
    <name>ProposedModel</name>
    <message>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>déjà placé</source>
        <translation>already placed</translation>
    </message>
    <message>
        <source>nouveau</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>ResultsBoard</name>
    <message>
        <source>Certifié·e</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Non certifié·e</source>
        <translation>Not certified</translation>
    </message>
    <message>
        <source>Absent·e</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Ajourné·e</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>en attente</source>
        <translation>awaited</translation>
    </message>
    <message>
        <source>en retard d’un jour</source>
        <translation>one day late</translation>
    </message>
    <message>
        <source>en retard de {n} jours</source>
        <translation>{n} days late</translation>
    </message>
</context>
<context>
    <name>ResultsFlow</name>
    <message>
        <source>Exporter les &amp;résultats pour l’organisateur…</source>
        <translation>Export the &amp;results for the organiser…</translation>
    </message>
    <message>
        <source>Exporter les résultats pour l’organisateur</source>
        <translation>Export the results for the organiser</translation>
    </message>
    <message>
        <source>Résultats jury-desk (*{suffix})</source>
        <translation>jury-desk results (*{suffix})</translation>
    </message>
    <message>
        <source>Chiffrement des résultats pour l’organisateur…</source>
        <translation>Encrypting the results for the organiser…</translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Résultats exportés dans {file}, chiffrés pour « {organiser} » : envoyez-lui ce fichier.</source>
        <translation>Results exported to {file}, encrypted for “{organiser}”: send them this file.</translation>
    </message>
    <message>
        <source>Les résultats n’ont pas été exportés</source>
        <translation>The results were not exported</translation>
    </message>
</context>
<context>
    <name>ResultsImport</name>
    <message>
        <source>Importation des résultats</source>
        <translation>Importing the results</translation>
    </message>
    <message>
        <source>{n} décision</source>
        <translation>{n} decision</translation>
    </message>
    <message>
        <source>{n} décisions</source>
        <translation>{n} decisions</translation>
    </message>
    <message>
        <source>erreur interne de jury-desk ; le détail est dans son journal.</source>
        <translation>internal error in jury-desk; the details are in its log.</translation>
    </message>
    <message>
        <source>{file} — {reason}</source>
        <translation>{file} — {reason}</translation>
    </message>
    <message>
        <source>{file} — déjà importé ({jury})</source>
        <translation>{file} — already imported ({jury})</translation>
    </message>
    <message>
        <source>{file} — {jury} : {decisions}</source>
        <translation>{file} — {jury}: {decisions}</translation>
    </message>
    <message>
        <source>({n} décision(s) antérieure(s) remplacée(s), gardée(s))</source>
        <translation>({n} earlier decision(s) replaced, kept)</translation>
    </message>
    <message>
        <source>— jury de la session « {title} »</source>
        <translation>— jury of the session “{title}”</translation>
    </message>
    <message>
        <source>{imported} fichier(s) importé(s), {already} déjà importé(s), {refused} refusé(s) :</source>
        <translation>{imported} file(s) imported, {already} already imported, {refused} refused:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Résultats des jurys</source>
        <translation>The juries’ results</translation>
    </message>
    <message>
        <source>&amp;Importer des résultats…</source>
        <translation>&amp;Import results…</translation>
    </message>
    <message>
        <source>Importer des résultats</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Les fichiers de résultats peuvent aussi être déposés sur cette page.</source>
        <translation>Results files can also be dropped on this page.</translation>
    </message>
    <message>
        <source>Importez les fichiers de résultats (.jdresults) envoyés par les présidents des jurys, ou déposez-les sur cette page : chacun est vérifié (signatures, jury et paquet émis par ce registre) avant que ses décisions n’entrent.</source>
        <translation>Import the results files (.jdresults) the jury chairs sent, or drop them on this page: each is verified (signatures, jury and bundle issued by this registry) before its decisions go in.</translation>
    </message>
    <message>
        <source>Candidats et décisions</source>
        <translation>Candidates and decisions</translation>
    </message>
    <message>
        <source>Jurys et résultats</source>
        <translation>Juries and results</translation>
    </message>
    <message>
        <source>Ca&amp;ndidats et décisions :</source>
        <translation>Ca&amp;ndidates and decisions:</translation>
    </message>
    <message>
        <source>Jur&amp;ys et résultats :</source>
        <translation>Jur&amp;ies and results:</translation>
    </message>
    <message>
        <source>Aucune session : créez-en une dans l’onglet Session.</source>
        <translation>No session: create one in the Session tab.</translation>
    </message>
    <message>
        <source>Aucun candidat n’est encore placé dans un jury de cette session : placez-les dans l’onglet Jurys, planning et convocations.</source>
        <translation>No candidate is placed with a jury of this session yet: place them in the Juries, schedule and convocations tab.</translation>
    </message>
    <message>
        <source>{outcome} : {n}</source>
        <translation>{outcome}: {n}</translation>
    </message>
    <message>
        <source>Décisions ({total} candidat·e(s)) — {counts}.</source>
        <translation>Decisions ({total} candidate(s)) — {counts}.</translation>
    </message>
    <message>
        <source>Importer des résultats de jurys</source>
        <translation>Import juries’ results</translation>
    </message>
    <message>
        <source>Résultats de jury jury-desk (*{suffix});;Tous les fichiers (*)</source>
        <translation>jury-desk jury results (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Dernière importation :</source>
        <translation>Last import:</translation>
    </message>
    <message>
        <source>Rectifier des décisions</source>
        <translation>Correct decisions</translation>
    </message>
    <message>
        <source>{change}

Motif de la rectification (gardé au registre avec votre nom et la date) :</source>
        <translation>{change}

Reason of the correction (kept in the registry with your name and the date):</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Conservation des données</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <source>Délai de &amp;recours :</source>
        <translation>Appeal &amp;period:</translation>
    </message>
    <message>
        <source>Délai de recours</source>
        <translation>Appeal period</translation>
    </message>
    <message>
        <source>Le temps pendant lequel une décision peut être contestée (les voies de recours : deux mois).</source>
        <translation>The time during which a decision can be challenged (the means of appeal: two months).</translation>
    </message>
    <message>
        <source>Non certifiés et &amp;absents :</source>
        <translation>Not certified and &amp;absent:</translation>
    </message>
    <message>
        <source>Conservation des candidatures non certifiées ou absentes</source>
        <translation>Retention of applications not certified or absent</translation>
    </message>
    <message>
        <source>Après le délai de recours, l’identité, les coordonnées et les pièces d’un candidat non certifié ou absent sont gardées ce temps, puis supprimées.</source>
        <translation>After the appeal period, the identity, contact details and documents of a candidate not certified or absent are kept for this time, then deleted.</translation>
    </message>
    <message>
        <source>Candidatures n&amp;on entendues :</source>
        <translation>Applications &amp;not heard:</translation>
    </message>
    <message>
        <source>Conservation des candidatures non entendues</source>
        <translation>Retention of applications not heard</translation>
    </message>
    <message>
        <source>Une candidature retirée, incomplète ou non retenue est gardée ce temps après la fin de sa session.</source>
        <translation>A withdrawn, incomplete or not shortlisted application is kept for this time after the end of its session.</translation>
    </message>
    <message>
        <source>Pièces du &amp;dossier :</source>
        <translation>&amp;Dossier documents:</translation>
    </message>
    <message>
        <source>Conservation des pièces du dossier</source>
        <translation>Retention of the dossier documents</translation>
    </message>
    <message>
        <source>Les pièces déposées par un candidat, certifié ou non, sont gardées ce temps après la décision. L’identité des certifiés reste au registre des titulaires.</source>
        <translation>The documents submitted by a candidate, certified or not, are kept for this time after the decision. The identity of certified candidates stays in the registry of holders.</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Enre&amp;gistrer la durée</source>
        <translation>&amp;Save the duration</translation>
    </message>
    <message>
        <source>Enregistrer la durée</source>
        <translation>Save the duration</translation>
    </message>
    <message>
        <source>Données échues à supprimer</source>
        <translation>Due data to delete</translation>
    </message>
    <message>
        <source>S&amp;upprimer ce qui est échu…</source>
        <translation>Delete what is d&amp;ue…</translation>
    </message>
    <message>
        <source>Supprimer ce qui est échu</source>
        <translation>Delete what is due</translation>
    </message>
    <message>
        <source>Fer&amp;mer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>À supprimer aujourd’&amp;hui :</source>
        <translation>To delete &amp;today:</translation>
    </message>
    <message>
        <source>Durées de conservation enregistrées.</source>
        <translation>Retention periods saved.</translation>
    </message>
    <message>
        <source>{n} suppression(s) échue(s) aujourd’hui, pour {people} candidature(s).</source>
        <translation>{n} deletion(s) due today, for {people} application(s).</translation>
    </message>
    <message>
        <source>Rien n’est échu aujourd’hui.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <source>Supprimer définitivement ce qui est échu pour {people} candidature(s) ({n} suppression(s)) ?

Cela ne peut pas être annulé : l’identité, les coordonnées et les pièces supprimées ne pourront pas être retrouvées. Les chiffres (candidatures, décisions, taux de réussite) restent inchangés, et le journal du registre garde la trace de la suppression.</source>
        <translation>Permanently delete what is due for {people} application(s) ({n} deletion(s))?

This cannot be undone: the deleted identity, contact details and documents cannot be recovered. The figures (applications, decisions, pass rate) stay unchanged, and the registry’s log keeps a record of the deletion.</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Suppression des données échues…</source>
        <translation>Deleting the due data…</translation>
    </message>
    <message>
        <source>{n} suppression(s) faite(s) ; les chiffres restent inchangés.</source>
        <translation>{n} deletion(s) done; the figures stay unchanged.</translation>
    </message>
</context>
<context>
    <name>SaveFolder</name>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Jurys de la session</source>
        <translation>Juries of the session</translation>
    </message>
    <message>
        <source>Président·e du jury</source>
        <translation>Jury chair</translation>
    </message>
    <message>
        <source>Membre du jury</source>
        <translation>Jury member</translation>
    </message>
    <message>
        <source>F&amp;ormer un jury</source>
        <translation>F&amp;orm a jury</translation>
    </message>
    <message>
        <source>Recomposer le jur&amp;y</source>
        <translation>Recompose the jur&amp;y</translation>
    </message>
    <message>
        <source>P&amp;résident·e :</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <source>&amp;Membre :</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>&amp;Liste des jurys :</source>
        <translation>Jury &amp;list:</translation>
    </message>
    <message>
        <source>Placer les candidats</source>
        <translation>Place the candidates</translation>
    </message>
    <message>
        <source>Candidat à placer</source>
        <translation>Candidate to place</translation>
    </message>
    <message>
        <source>Pl&amp;acer</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Re&amp;tirer du créneau</source>
        <translation>Remove from the slo&amp;t</translation>
    </message>
    <message>
        <source>Proposer un plann&amp;ing</source>
        <translation>Propose a sched&amp;ule</translation>
    </message>
    <message>
        <source>Choisissez un candidat, puis un créneau d’un jury dans la grille.</source>
        <translation>Choose a candidate, then a jury’s slot in the grid.</translation>
    </message>
    <message>
        <source>Ca&amp;ndidat à placer :</source>
        <translation>Ca&amp;ndidate to place:</translation>
    </message>
    <message>
        <source>Grille des créneaux par jury</source>
        <translation>Slot grid per jury</translation>
    </message>
    <message>
        <source>Problèmes du planning</source>
        <translation>Schedule problems</translation>
    </message>
    <message>
        <source>&amp;Grille des créneaux :</source>
        <translation>Slot &amp;grid:</translation>
    </message>
    <message>
        <source>Pro&amp;blèmes du planning :</source>
        <translation>Sche&amp;dule problems:</translation>
    </message>
    <message>
        <source>placé : %1, %2</source>
        <translation>placed: %1, %2</translation>
    </message>
    <message>
        <source>Aucun : le planning respecte toutes les règles.</source>
        <translation>None: the schedule follows every rule.</translation>
    </message>
    <message>
        <source>Un jury réunit deux jurés différents : choisissez un autre membre.</source>
        <translation>A jury brings together two different jurors: choose another member.</translation>
    </message>
    <message>
        <source>Former un jury</source>
        <translation>Form a jury</translation>
    </message>
    <message>
        <source>Recomposer le jury</source>
        <translation>Recompose the jury</translation>
    </message>
    <message>
        <source>Placer un candidat</source>
        <translation>Place a candidate</translation>
    </message>
    <message>
        <source>Retirer du créneau</source>
        <translation>Remove from the slot</translation>
    </message>
    <message>
        <source>Proposer un planning</source>
        <translation>Propose a schedule</translation>
    </message>
    <message>
        <source>Appliquer la proposition</source>
        <translation>Apply the proposal</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <source>Titre de la session</source>
        <translation>Session title</translation>
    </message>
    <message>
        <source>Premier jour</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Dernier jour</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Lieu ou lien de visioconférence</source>
        <translation>Place or video call link</translation>
    </message>
    <message>
        <source>Durée d’un entretien, en minutes</source>
        <translation>Duration of an interview, in minutes</translation>
    </message>
    <message>
        <source>Pause entre deux entretiens, en minutes</source>
        <translation>Break between two interviews, in minutes</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Du :</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>A&amp;u :</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>&amp;Lieu ou lien de visioconférence :</source>
        <translation>&amp;Place or video call link:</translation>
    </message>
    <message>
        <source>Durée d’un entret&amp;ien :</source>
        <translation>Interview &amp;duration:</translation>
    </message>
    <message>
        <source>Pause entre deu&amp;x entretiens :</source>
        <translation>Break bet&amp;ween two interviews:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>SessionMenus</name>
    <message>
        <source>{code} · {title}</source>
        <translation>{code} · {title}</translation>
    </message>
    <message>
        <source>{n} · {label} pour la compétence en cours</source>
        <translation>{n} · {label} for the current competency</translation>
    </message>
    <message>
        <source>Compétence {n}</source>
        <translation>Competency {n}</translation>
    </message>
    <message>
        <source>Niveau {n} pour la compétence en cours</source>
        <translation>Level {n} for the current competency</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>Ouvrir un paquet de session</source>
        <translation>Open a session bundle</translation>
    </message>
    <message>
        <source>Paquets de session jury-desk (*.jdbundle);;Tous les fichiers (*)</source>
        <translation>jury-desk session bundles (*.jdbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Phrase de passe du paquet</source>
        <translation>Bundle passphrase</translation>
    </message>
    <message>
        <source>Si l’organisateur vous a donné une phrase de passe pour ce paquet, saisissez-la. Sinon laissez le champ vide : votre clé personnelle de juré·e l’ouvrira.</source>
        <translation>If the organiser gave you a passphrase for this bundle, type it. Otherwise leave the field empty: your personal juror key will open it.</translation>
    </message>
    <message>
        <source>Identité de juré·e</source>
        <translation>Juror identity</translation>
    </message>
    <message>
        <source>Pour ouvrir un paquet de session, jury-desk a besoin de votre identité de juré·e, qui n’existe pas encore sur cet ordinateur. La créer maintenant ?</source>
        <translation>To open a session bundle, jury-desk needs your juror identity, which does not exist on this computer yet. Create it now?</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte : réessayez.</source>
        <translation>Wrong passphrase: try again.</translation>
    </message>
    <message>
        <source>Le paquet n’a pas pu être ouvert</source>
        <translation>The bundle could not be opened</translation>
    </message>
    <message>
        <source>Ouverture et vérification du paquet…</source>
        <translation>Opening and checking the bundle…</translation>
    </message>
    <message>
        <source>La session n’a pas pu être ouverte</source>
        <translation>The session could not be opened</translation>
    </message>
    <message>
        <source>Ouverture de la session…</source>
        <translation>Opening the session…</translation>
    </message>
    <message>
        <source>La démonstration n’a pas pu être préparée</source>
        <translation>The demo could not be prepared</translation>
    </message>
    <message>
        <source>Préparation de la démonstration…</source>
        <translation>Preparing the demo…</translation>
    </message>
    <message>
        <source>Ouverture de la session</source>
        <translation>Opening the session</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{me} — {role}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{me} — {role}</translation>
    </message>
    <message>
        <source>président·e du jury</source>
        <translation>jury chair</translation>
    </message>
    <message>
        <source>membre du jury</source>
        <translation>jury member</translation>
    </message>
    <message>
        <source>&amp;Candidats</source>
        <translation>&amp;Candidates</translation>
    </message>
    <message>
        <source>Liste des candidats, dans l’ordre du planning</source>
        <translation>List of the candidates, in schedule order</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Séances d’entretiens : jour, début, fin</source>
        <translation>Interview sittings: day, start, end</translation>
    </message>
    <message>
        <source>&amp;Horaires des séances (jour, début, fin) :</source>
        <translation>Sittin&amp;g times (day, start, end):</translation>
    </message>
    <message>
        <source>Aj&amp;outer une séance</source>
        <translation>&amp;Add a sitting</translation>
    </message>
    <message>
        <source>Suppri&amp;mer la séance</source>
        <translation>De&amp;lete the sitting</translation>
    </message>
    <message>
        <source>Enre&amp;gistrer la session</source>
        <translation>Sa&amp;ve the session</translation>
    </message>
    <message>
        <source>&amp;Nouvelle session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>Session en cours</source>
        <translation>Current session</translation>
    </message>
    <message>
        <source>Aucune session : créez la première avec « Nouvelle session… ».</source>
        <translation>No session: create the first one with “New session…”.</translation>
    </message>
    <message>
        <source>Identifiant : {id}. Ses jurys ont pour identifiants {id}-jury-1, …</source>
        <translation>Identifier: {id}. Its juries’ identifiers are {id}-jury-1, …</translation>
    </message>
    <message>
        <source>Nouvelle session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>La session n’a pas pu être créée.</source>
        <translation>The session could not be created.</translation>
    </message>
</context>
<context>
    <name>SessionViews</name>
    <message>
        <source>&amp;Grille et dossier</source>
        <translation>&amp;Grid and dossier</translation>
    </message>
    <message>
        <source>&amp;Délibération</source>
        <translation>&amp;Deliberation</translation>
    </message>
    <message>
        <source>Vue d’&amp;ensemble de la session</source>
        <translation>Session &amp;overview</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signer la grille d’évaluation</source>
        <translation>Sign the scoring sheet</translation>
    </message>
    <message>
        <source>Vous allez signer cette grille (version {version}) avec votre clé de juré·e.</source>
        <translation>You are about to sign this sheet (version {version}) with your juror key.</translation>
    </message>
    <message>
        <source>{name} — {startup}</source>
        <translation>{name} — {startup}</translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <source>Candidat·e :</source>
        <translation>Candidate:</translation>
    </message>
    <message>
        <source>Juré·e :</source>
        <translation>Juror:</translation>
    </message>
    <message>
        <source>Session :</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Compétences, niveaux et commentaires signés</source>
        <translation>Competencies, levels and comments signed</translation>
    </message>
    <message>
        <source>&amp;Compétences :</source>
        <translation>&amp;Competencies:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Avis global :</source>
        <translation>Overall recommendation:</translation>
    </message>
    <message>
        <source>Commentaire général :</source>
        <translation>General comment:</translation>
    </message>
    <message>
        <source>Conflit d’intérêts :</source>
        <translation>Conflict of interest:</translation>
    </message>
    <message>
        <source>Une fois signée, la grille ne peut plus être modifiée ; une modification créera une nouvelle version.</source>
        <translation>Once signed, the sheet can no longer be changed; a change will create a new version.</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Signer</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>Annuler, ne pas signer</source>
        <translation>Cancel, do not sign</translation>
    </message>
    <message>
        <source>Signer la grille</source>
        <translation>Sign the sheet</translation>
    </message>
    <message>
        <source>Grille de {name}, version {version}. {warning}</source>
        <translation>Sheet of {name}, version {version}. {warning}</translation>
    </message>
    <message>
        <source>président·e du jury</source>
        <translation>jury chair</translation>
    </message>
    <message>
        <source>membre du jury</source>
        <translation>jury member</translation>
    </message>
    <message>
        <source>aucun avis</source>
        <translation>no recommendation</translation>
    </message>
    <message>
        <source>Favorable</source>
        <translation>Favourable</translation>
    </message>
    <message>
        <source>Réservé</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Défavorable</source>
        <translation>Unfavourable</translation>
    </message>
    <message>
        <source>déclaré, je me récuse : {statement}</source>
        <translation>declared, I recuse myself: {statement}</translation>
    </message>
    <message>
        <source>déclaré : {statement}</source>
        <translation>declared: {statement}</translation>
    </message>
    <message>
        <source>déclaré, sans précision</source>
        <translation>declared, without details</translation>
    </message>
    <message>
        <source>aucun conflit d’intérêts déclaré</source>
        <translation>no conflict of interest declared</translation>
    </message>
</context>
<context>
    <name>SignFlow</name>
    <message>
        <source>La grille n’a pas été signée</source>
        <translation>The sheet was not signed</translation>
    </message>
    <message>
        <source>Signature annulée : rien n’a été signé.</source>
        <translation>Signing cancelled: nothing was signed.</translation>
    </message>
    <message>
        <source>Entretien en cours</source>
        <translation>Interview under way</translation>
    </message>
    <message>
        <source>L’entretien n’est pas terminé : le terminer pour signer la grille ?</source>
        <translation>The interview is not over: end it to sign the sheet?</translation>
    </message>
    <message>
        <source>La grille signée indiquera la durée de l’entretien et le temps par compétence.</source>
        <translation>The signed sheet will state the interview’s duration and the time per competency.</translation>
    </message>
    <message>
        <source>&amp;Terminer l’entretien et signer</source>
        <translation>&amp;End the interview and sign</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Signature annulée : l’entretien continue.</source>
        <translation>Signing cancelled: the interview goes on.</translation>
    </message>
    <message>
        <source>Signature de la grille en cours…</source>
        <translation>Signing the sheet…</translation>
    </message>
    <message>
        <source>Grille signée (version {version}), non enregistrée.</source>
        <translation>Sheet signed (version {version}), not saved.</translation>
    </message>
    <message>
        <source>La grille signée n’a pas été enregistrée</source>
        <translation>The signed sheet was not saved</translation>
    </message>
    <message>
        <source>Grille signée (version {version}), non exportée : « Exporter de nouveau… » sur la grille l’enregistre.</source>
        <translation>Sheet signed (version {version}), not exported: “Export again…” on the grid saves it.</translation>
    </message>
    <message>
        <source>Grille signée (version {version}) et enregistrée : {path}</source>
        <translation>Sheet signed (version {version}) and saved: {path}</translation>
    </message>
    <message>
        <source>{code} ({title})</source>
        <translation>{code} ({title})</translation>
    </message>
    <message>
        <source>La grille de {name} ne peut pas encore être signée.</source>
        <translation>The sheet of {name} cannot be signed yet.</translation>
    </message>
    <message>
        <source>• Compétences non notées : {list}.</source>
        <translation>• Competencies not scored: {list}.</translation>
    </message>
    <message>
        <source>• Commentaire obligatoire (niveau non acquis) pour : {list}.</source>
        <translation>• Comment required (level below passing) for: {list}.</translation>
    </message>
    <message>
        <source>• Vous vous récusez : précisez la nature du conflit d’intérêts.</source>
        <translation>• You recuse yourself: state the nature of the conflict of interest.</translation>
    </message>
    <message>
        <source>Grille incomplète</source>
        <translation>Incomplete sheet</translation>
    </message>
    <message>
        <source>Aucune grille signée n’est gardée pour ce candidat.</source>
        <translation>No signed sheet is kept for this candidate.</translation>
    </message>
    <message>
        <source>Grille signée (version {version}) enregistrée : {path}</source>
        <translation>Signed sheet (version {version}) saved: {path}</translation>
    </message>
    <message>
        <source>Enregistrer la grille signée</source>
        <translation>Save the signed sheet</translation>
    </message>
    <message>
        <source>{path} n’a pas pu être écrit ({reason}). La grille signée reste gardée dans la session : « Exporter de nouveau… » l’enregistre ailleurs.</source>
        <translation>{path} could not be written ({reason}). The signed sheet stays kept in the session: “Export again…” saves it elsewhere.</translation>
    </message>
    <message>
        <source>Aucune nouvelle version n’a été créée</source>
        <translation>No new version was created</translation>
    </message>
    <message>
        <source>Version {version} de la grille ouverte à la modification : signez-la pour qu’elle remplace la version {previous}.</source>
        <translation>Version {version} of the sheet open for editing: sign it so that it replaces version {previous}.</translation>
    </message>
    <message>
        <source>La grille signée restera valable telle qu’elle a été signée. Une nouvelle version sera ouverte à la modification ; elle devra être signée à son tour.</source>
        <translation>The signed sheet will stay valid as it was signed. A new version will be open for editing; it will have to be signed in turn.</translation>
    </message>
    <message>
        <source>La version {signed} signée reste valable et exportable. La version {next} sera ouverte à la modification ; elle devra être signée à son tour pour la remplacer.</source>
        <translation>The signed version {signed} stays valid and can be exported. Version {next} will be open for editing; it will have to be signed in turn to replace it.</translation>
    </message>
    <message>
        <source>Modifier la grille signée</source>
        <translation>Edit the signed sheet</translation>
    </message>
    <message>
        <source>&amp;Créer la nouvelle version</source>
        <translation>&amp;Create the new version</translation>
    </message>
    <message>
        <source>Créer la nouvelle version</source>
        <translation>Create the new version</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignPreviewModel</name>
    <message>
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Commentaire (début)</source>
        <translation>Comment (beginning)</translation>
    </message>
    <message>
        <source>{code} · {title}</source>
        <translation>{code} · {title}</translation>
    </message>
    <message>
        <source>Non noté</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Aucun commentaire</source>
        <translation>No comment</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Désigner le signataire</source>
        <translation>Name the signer</translation>
    </message>
    <message>
        <source>Remplacer le signataire</source>
        <translation>Replace the signer</translation>
    </message>
    <message>
        <source>La personne qui signe les lettres de décision et les parchemins pour le certificateur reçoit sa propre clé, certifiée par l’autorité de l’organisateur pour trois ans au plus. Sa clé privée reste sur cet ordinateur.</source>
        <translation>The person who signs the decision letters and certificates for the certifier gets their own key, certified by the organiser’s authority for three years at most. Its private key stays on this computer.</translation>
    </message>
    <message>
        <source>Nom du signataire</source>
        <translation>Signer’s name</translation>
    </message>
    <message>
        <source>Courriel du signataire</source>
        <translation>Signer’s e-mail</translation>
    </message>
    <message>
        <source>&amp;Nom et prénom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Motif du remplacement</source>
        <translation>Reason for replacement</translation>
    </message>
    <message>
        <source>par exemple : départ, certificat bientôt échu</source>
        <translation>for example: departure, certificate expiring soon</translation>
    </message>
    <message>
        <source>&amp;Motif du remplacement :</source>
        <translation>&amp;Reason for replacement:</translation>
    </message>
</context>
<context>
    <name>SigningNotice</name>
    <message>
        <source>Signature</source>
        <translation>Signing</translation>
    </message>
</context>
<context>
    <name>SittingsModel</name>
    <message>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Nouvel organisateur</source>
        <translation>New organiser</translation>
    </message>
    <message>
        <source>Faire confiance à un nouvel organisateur ?</source>
        <translation>Trust a new organiser?</translation>
    </message>
    <message>
        <source>Ce paquet est signé par « {name} », que jury-desk ne connaît pas encore. Demandez à l’organisateur de vous lire son code de comparaison (par téléphone, par exemple) et comparez-le à celui-ci :</source>
        <translation>This bundle is signed by “{name}”, whom jury-desk does not know yet. Ask the organiser to read you their comparison code (by phone, for example) and compare it with this one:</translation>
    </message>
    <message>
        <source>Code de comparaison : {code}</source>
        <translation>Comparison code: {code}</translation>
    </message>
    <message>
        <source>Empreinte complète : {fingerprint}</source>
        <translation>Full fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>J’ai &amp;comparé ce code avec l’organisateur : c’est le même.</source>
        <translation>I have &amp;compared this code with the organiser: it is the same.</translation>
    </message>
    <message>
        <source>J’ai comparé le code avec l’organisateur</source>
        <translation>I have compared the code with the organiser</translation>
    </message>
    <message>
        <source>&amp;Refuser</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <source>&amp;Faire confiance</source>
        <translation>&amp;Trust</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Compétence choisie</source>
        <translation>Competency chosen</translation>
    </message>
    <message>
        <source>Niveau &amp;retenu :</source>
        <translation>&amp;Retained level:</translation>
    </message>
    <message>
        <source>Pourquoi ce niveau : ce qui a départagé les deux appréciations.</source>
        <translation>Why this level: what tipped the balance between the two assessments.</translation>
    </message>
    <message>
        <source>&amp;Justification :</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <source>Enregistrer la voix prépondérante</source>
        <translation>Save the casting vote</translation>
    </message>
    <message>
        <source>Choisissez une compétence dans le tableau.</source>
        <translation>Choose a competency in the table.</translation>
    </message>
    <message>
        <source>{code} · {title}</source>
        <translation>{code} · {title}</translation>
    </message>
    <message>
        <source>{subject} — voix prépondérante</source>
        <translation>{subject} — casting vote</translation>
    </message>
    <message>
        <source>Un·e juré·e s’est récusé·e ; « {level} » est retenu.</source>
        <translation>A juror recused themselves; “{level}” is retained.</translation>
    </message>
    <message>
        <source>Accord des deux juré·es ; « {level} » est retenu.</source>
        <translation>Both jurors agree; “{level}” is retained.</translation>
    </message>
    <message>
        <source>sans commentaire</source>
        <translation>no comment</translation>
    </message>
    <message>
        <source>Vous : « {level} » — {comment}</source>
        <translation>You: “{level}” — {comment}</translation>
    </message>
    <message>
        <source>L’autre juré·e : « {level} » — {comment}</source>
        <translation>The other juror: “{level}” — {comment}</translation>
    </message>
    <message>
        <source>Choisir le niveau…</source>
        <translation>Choose the level…</translation>
    </message>
    <message>
        <source>Niveau retenu — {subject}</source>
        <translation>Level retained — {subject}</translation>
    </message>
    <message>
        <source>Justification du niveau retenu — {subject}</source>
        <translation>Justification of the level retained — {subject}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;jury-desk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;jury-desk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Certification « Concevoir un service public numérique au sein de l’État » (RS6247). Ouvrez le paquet de session reçu de l’organisateur pour commencer.</source>
        <translation>Certification “Concevoir un service public numérique au sein de l’État” (RS6247). Open the session bundle received from the organiser to begin.</translation>
    </message>
    <message>
        <source>&amp;Ouvrir un paquet de session…</source>
        <translation>&amp;Open a session bundle…</translation>
    </message>
    <message>
        <source>Ouvrir un paquet de session</source>
        <translation>Open a session bundle</translation>
    </message>
    <message>
        <source>Essayer la &amp;démonstration</source>
        <translation>Try the &amp;demo</translation>
    </message>
    <message>
        <source>Essayer la démonstration (données fictives)</source>
        <translation>Try the demo (fictitious data)</translation>
    </message>
    <message>
        <source>Sessions &amp;récentes</source>
        <translation>&amp;Recent sessions</translation>
    </message>
    <message>
        <source>Sessions récentes</source>
        <translation>Recent sessions</translation>
    </message>
    <message>
        <source>&amp;Supprimer l’espace de travail…</source>
        <translation>&amp;Delete the workspace…</translation>
    </message>
    <message>
        <source>Supprimer l’espace de travail de la session choisie</source>
        <translation>Delete the workspace of the chosen session</translation>
    </message>
    <message>
        <source>Aucune session ouverte récemment.</source>
        <translation>No session opened recently.</translation>
    </message>
    <message>
        <source>{title} — ouverte le {when}</source>
        <translation>{title} — opened on {when}</translation>
    </message>
    <message>
        <source> ; son espace de travail peut être supprimé après le {day}</source>
        <translation>; its workspace may be deleted after {day}</translation>
    </message>
</context>
<context>
    <name>WindowStartup</name>
    <message>
        <source>Déverrouillage du fichier de clés…</source>
        <translation>Unlocking the key file…</translation>
    </message>
    <message>
        <source>Ouverture de jury-desk</source>
        <translation>Starting jury-desk</translation>
    </message>
</context>
<context>
    <name>WorkspaceDeletion</name>
    <message>
        <source>Supprimer l’espace de travail</source>
        <translation>Delete the workspace</translation>
    </message>
    <message>
        <source>Supprimer l’espace de travail de « {title} » ? Les notes, les niveaux et les grilles qu’il garde seront perdus, avec sa clé ; les documents déjà exportés et envoyés ne sont pas touchés.</source>
        <translation>Delete the workspace of “{title}”? The notes, levels and sheets it holds will be lost, with its key; the documents already exported and sent are not touched.</translation>
    </message>
</context>
<context>
    <name>ZoomControls</name>
    <message>
        <source>Réduire</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Réduire (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Niveau de zoom</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Agrandir (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Ajuster à la largeur</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Ajuster à la largeur (Ctrl+Maj+W)</source>
        <translation>Fit to width (Ctrl+Shift+W)</translation>
    </message>
</context>
<context>
    <name>gui_passphrase</name>
    <message>
        <source>Choisir la phrase de passe du fichier de clés</source>
        <translation>Choose the passphrase of the key file</translation>
    </message>
    <message>
        <source>Aucun trousseau sécurisé n’est disponible sur cet ordinateur : vos clés de juré·e et celles de vos sessions seront gardées dans un fichier chiffré. Cette phrase de passe le protège : sans elle, personne ne peut signer en votre nom ni lire vos sessions, vous non plus. Choisissez-en une de {n} caractères au moins et ne l’oubliez pas : elle ne peut pas être retrouvée.</source>
        <translation>No secure keyring is available on this computer: your juror keys and those of your sessions will be kept in an encrypted file. This passphrase protects it: without it, no one can sign in your name or read your sessions, not even you. Choose one of at least {n} characters and do not forget it: it cannot be recovered.</translation>
    </message>
    <message>
        <source>Fichier de clés</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Saisissez la phrase de passe du fichier de clés de jury-desk.</source>
        <translation>Type the passphrase of jury-desk&apos;s key file.</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte : réessayez.</source>
        <translation>Wrong passphrase: try again.</translation>
    </message>
    <message>
        <source>Aucune phrase de passe saisie.</source>
        <translation>No passphrase typed.</translation>
    </message>
</context>
<context>
    <name>key_file</name>
    <message>
        <source>jury-desk</source>
        <translation>jury-desk</translation>
    </message>
    <message>
        <source>jury-desk ne peut pas ouvrir vos sessions sans la phrase de passe de son fichier de clés.

{reason}</source>
        <translation>jury-desk cannot open your sessions without the passphrase of its key file.

{reason}</translation>
    </message>
</context>
<context>
    <name>next_step</name>
    <message numerus="yes">
        <source>Étape suivante : signer vos grilles (%n candidat·e(s) à évaluer).</source>
        <translation>
            <numerusform>Next step: sign your sheets (%n candidate to assess).</numerusform>
            <numerusform>Next step: sign your sheets (%n candidates to assess).</numerusform>
        </translation>
    </message>
    <message>
        <source>Étape suivante : envoyer vos grilles signées à la présidence du jury, puis cosigner le procès-verbal quand il vous parvient (Fichier › Cosigner le procès-verbal…).</source>
        <translation>Next step: send your signed sheets to the jury chair, then co-sign the minutes when they reach you (File › Co-sign the minutes…).</translation>
    </message>
    <message numerus="yes">
        <source>Étape suivante : importer les grilles signées de l’autre juré·e (%n candidat·e(s)) — Fichier › Importer des grilles…</source>
        <translation>
            <numerusform>Next step: import the other juror’s signed sheets (%n candidate) — File › Import sheets…</numerusform>
            <numerusform>Next step: import the other juror’s signed sheets (%n candidates) — File › Import sheets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Étape suivante : délibérer (%n candidat·e(s) sans décision) — Navigation › Délibération.</source>
        <translation>
            <numerusform>Next step: deliberate (%n candidate without a decision) — Navigate › Deliberation.</numerusform>
            <numerusform>Next step: deliberate (%n candidates without a decision) — Navigate › Deliberation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Étape suivante : des décisions ont changé depuis la révision {r} du procès-verbal ; signer un nouveau procès-verbal — Fichier › Exporter le procès-verbal signé…</source>
        <translation>Next step: decisions changed since revision {r} of the minutes; sign new minutes — File › Export the signed minutes…</translation>
    </message>
    <message>
        <source>Étape suivante : signer le procès-verbal — Fichier › Exporter le procès-verbal signé…</source>
        <translation>Next step: sign the minutes — File › Export the signed minutes…</translation>
    </message>
    <message>
        <source>Étape suivante : faire cosigner le procès-verbal (révision {r}) par le membre du jury, puis l’importer — Fichier › Importer des grilles…</source>
        <translation>Next step: have the minutes (revision {r}) co-signed by the jury member, then import them — File › Import sheets…</translation>
    </message>
    <message>
        <source>Étape suivante : exporter les résultats pour l’organisateur — Fichier › Exporter les résultats pour l’organisateur…</source>
        <translation>Next step: export the results for the organiser — File › Export the results for the organiser…</translation>
    </message>
</context>
</TS>
