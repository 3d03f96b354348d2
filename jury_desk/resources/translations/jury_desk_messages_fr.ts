<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>messages</name>
    <message>
        <source>session.toml: juror {juror} has no enrolment request yet: ask {name} for the file made by `jury-desk identity request`.</source>
        <translation>session.toml : le ou la juré·e {juror} n’a pas encore de demande d’enrôlement : demandez à {name} le fichier produit par `jury-desk identity request`.</translation>
    </message>
    <message>
        <source>{path}: the request is for {email}, session.toml says {expected}.</source>
        <translation>{path} : la demande est au nom de {email}, alors que session.toml indique {expected}.</translation>
    </message>
    <message>
        <source>There is no file {bundle}.</source>
        <translation>Le fichier {bundle} n’existe pas.</translation>
    </message>
    <message>
        <source>{bundle} is not a jury-desk bundle (or it is damaged): {reason}</source>
        <translation>{bundle} n’est pas un paquet de session jury-desk (ou il est endommagé) : {reason}</translation>
    </message>
    <message>
        <source>{bundle} is damaged or truncated ({reason}).</source>
        <translation>{bundle} est endommagé ou tronqué ({reason}).</translation>
    </message>
    <message>
        <source>{bundle} cannot be opened with a passphrase, only with a key.</source>
        <translation>{bundle} ne peut pas être ouvert avec une phrase de passe, seulement avec une clé.</translation>
    </message>
    <message>
        <source>No key or passphrase was given to open the bundle.</source>
        <translation>Aucune clé ni phrase de passe n’a été fournie pour ouvrir le paquet de session.</translation>
    </message>
    <message>
        <source>Cannot read {bundle}: {reason}.</source>
        <translation>Impossible de lire {bundle} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot decrypt {bundle}: no identity matches (it was encrypted for other keys).</source>
        <translation>Impossible de déchiffrer {bundle} : aucune clé ne correspond (le paquet a été chiffré pour d’autres clés).</translation>
    </message>
    <message>
        <source>Cannot decrypt {bundle}: {error}.</source>
        <translation>Impossible de déchiffrer {bundle} : {error}.</translation>
    </message>
    <message>
        <source>Cannot decrypt {bundle}: the file is damaged or truncated.</source>
        <translation>Impossible de déchiffrer {bundle} : le fichier est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>{bundle} is refused: {reason}.</source>
        <translation>{bundle} est refusé : {reason}.</translation>
    </message>
    <message>
        <source>Cannot decrypt {bundle}: the file is damaged or truncated ({error}).</source>
        <translation>Impossible de déchiffrer {bundle} : le fichier est endommagé ou tronqué ({error}).</translation>
    </message>
    <message>
        <source>{bundle} holds an unexpected file {name!r}.</source>
        <translation>{bundle} contient un fichier inattendu, {name!r}.</translation>
    </message>
    <message>
        <source>{bundle} holds {name!r} twice.</source>
        <translation>{bundle} contient deux fois {name!r}.</translation>
    </message>
    <message>
        <source>{bundle}: {name!r} is not a regular file.</source>
        <translation>{bundle} : {name!r} n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{bundle}: {name} should come before {previous}.</source>
        <translation>{bundle} : {name} devrait précéder {previous}.</translation>
    </message>
    <message>
        <source>{bundle} is not a jury-desk bundle: its parts are missing.</source>
        <translation>{bundle} n’est pas un paquet de session jury-desk : ses éléments sont absents.</translation>
    </message>
    <message>
        <source>{bundle}: {name} is refused: {reason}.</source>
        <translation>{bundle} : {name} est refusé : {reason}.</translation>
    </message>
    <message>
        <source>{bundle} is not a jury-desk session bundle.</source>
        <translation>{bundle} n’est pas un paquet de session jury-desk.</translation>
    </message>
    <message>
        <source>{bundle} is a bundle of version {version}; this jury-desk reads version {supported}: install a newer jury-desk.</source>
        <translation>{bundle} est un paquet de session de version {version} ; cette version de jury-desk lit la version {supported} : installez une version plus récente de jury-desk.</translation>
    </message>
    <message>
        <source>{bundle} is damaged: something follows its last part.</source>
        <translation>{bundle} est endommagé : des données suivent son dernier élément.</translation>
    </message>
    <message>
        <source>{bundle}: {name} is larger than {cap} bytes.</source>
        <translation>{bundle} : {name} dépasse {cap} octets.</translation>
    </message>
    <message>
        <source>{path}: no longer a regular file; check the folder again</source>
        <translation>{path} : n’est plus un fichier ordinaire ; vérifiez de nouveau le dossier</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path} : lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder} : ce dossier n’existe pas</translation>
    </message>
    <message>
        <source>not found in {folder}</source>
        <translation>introuvable dans {folder}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>line {line}: not UTF-8 text; save it as UTF-8</source>
        <translation>ligne {line} : le texte n’est pas en UTF-8 ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>invalid TOML: {reason}</source>
        <translation>TOML non valide : {reason}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason} (TOML syntax)</source>
        <translation>ligne {line}, colonne {column} : {reason} (syntaxe TOML)</translation>
    </message>
    <message>
        <source>end of the file: {reason} (TOML syntax)</source>
        <translation>fin du fichier : {reason} (syntaxe TOML)</translation>
    </message>
    <message>
        <source>{file}: {where}: {problem}</source>
        <translation>{file} : {where} : {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>missing key &apos;{key}&apos;</source>
        <translation>clé « {key} » manquante</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>un texte entre guillemets</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>{value} is out of range (expected at least {minimum})</source>
        <translation>{value} est hors limites (attendu : au moins {minimum})</translation>
    </message>
    <message>
        <source>{value} is out of range (expected {minimum} to {maximum})</source>
        <translation>{value} est hors limites (attendu : de {minimum} à {maximum})</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>{value} is not a date (expected YYYY-MM-DD)</source>
        <translation>{value} n’est pas une date (format attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a date such as 2027-05-18</source>
        <translation>une date telle que 2027-05-18</translation>
    </message>
    <message>
        <source>{value} is not a date and time (expected YYYY-MM-DD HH:MM)</source>
        <translation>{value} n’est pas une date et une heure (format attendu : AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
        <source>a date and time such as 2027-05-18T09:00:00</source>
        <translation>une date et une heure telles que 2027-05-18T09:00:00</translation>
    </message>
    <message>
        <source>a list in brackets [ ]</source>
        <translation>une liste entre crochets [ ]</translation>
    </message>
    <message>
        <source>{count} items, at most {limit} are accepted</source>
        <translation>{count} éléments, {limit} au plus sont acceptés</translation>
    </message>
    <message>
        <source>{value} is not accepted (expected one of: {choices})</source>
        <translation>{value} n’est pas accepté (valeurs attendues : {choices})</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>l’une des valeurs {choices}</translation>
    </message>
    <message>
        <source>missing table [{table}]</source>
        <translation>table [{table}] manquante</translation>
    </message>
    <message>
        <source>a table [{table}]</source>
        <translation>une table [{table}]</translation>
    </message>
    <message>
        <source>missing [[{header}]] blocks</source>
        <translation>blocs [[{header}]] manquants</translation>
    </message>
    <message>
        <source>write [[{header}]] with two brackets: it is a list</source>
        <translation>écrivez [[{header}]] avec deux crochets : c’est une liste</translation>
    </message>
    <message>
        <source>[[{header}]] blocks</source>
        <translation>des blocs [[{header}]]</translation>
    </message>
    <message>
        <source>{count} blocks, at most {limit} are accepted</source>
        <translation>{count} blocs, {limit} au plus sont acceptés</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>{count} characters, at most {limit} are accepted</source>
        <translation>{count} caractères, {limit} au plus sont acceptés</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>clé inconnue « {key} » (vouliez-vous dire « {close} » ?)</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (accepted keys: {accepted})</source>
        <translation>clé inconnue « {key} » (clés acceptées : {accepted})</translation>
    </message>
    <message>
        <source>expected {expected}, got {value}</source>
        <translation>attendu : {expected}, trouvé : {value}</translation>
    </message>
    <message>
        <source>text {text}</source>
        <translation>le texte {text}</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <translation>le nombre {number}</translation>
    </message>
    <message>
        <source>the date and time {moment}</source>
        <translation>la date et l’heure {moment}</translation>
    </message>
    <message>
        <source>the date {day}</source>
        <translation>la date {day}</translation>
    </message>
    <message>
        <source>the time {time}</source>
        <translation>l’heure {time}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>missing key &apos;format&apos; (the file starts with format = {version})</source>
        <translation>clé « format » manquante (le fichier commence par format = {version})</translation>
    </message>
    <message>
        <source>{version} is not supported: this version of jury-desk reads format = {supported}</source>
        <translation>{version} n’est pas pris en charge : cette version de jury-desk lit format = {supported}</translation>
    </message>
    <message>
        <source>{value} is not a valid id (lowercase letters a-z, digits and &apos;-&apos;, not starting with &apos;-&apos;, at most 63 characters)</source>
        <translation>{value} n’est pas un identifiant valide (lettres minuscules a-z, chiffres et « - », sans « - » au début, 63 caractères au plus)</translation>
    </message>
    <message>
        <source>{value} is already the id of {other}</source>
        <translation>{value} est déjà l’identifiant de {other}</translation>
    </message>
    <message>
        <source>{value} is not valid (expected {expected})</source>
        <translation>{value} n’est pas valide (attendu : {expected})</translation>
    </message>
    <message>
        <source>the code of the certification, e.g. &quot;RS6247&quot;</source>
        <translation>le code de la certification, par exemple &quot;RS6247&quot;</translation>
    </message>
    <message>
        <source>{day} is before starts_on ({starts_on})</source>
        <translation>{day} est antérieur à starts_on ({starts_on})</translation>
    </message>
    <message>
        <source>{value} is not a known time zone (expected a name such as &quot;Europe/Paris&quot;)</source>
        <translation>{value} n’est pas un fuseau horaire connu (attendu : un nom tel que &quot;Europe/Paris&quot;)</translation>
    </message>
    <message>
        <source>{value} is already levels[{position}]</source>
        <translation>{value} est déjà levels[{position}]</translation>
    </message>
    <message>
        <source>{value} does not pass but comes after the passing level {other}: list levels from the lowest to the highest, passing ones last</source>
        <translation>{value} n’est pas validant mais vient après le niveau validant {other} : classez les niveaux du plus bas au plus élevé, les niveaux validants en dernier</translation>
    </message>
    <message>
        <source>{count} level(s): a scale needs at least 2</source>
        <translation>{count} niveau(x) : une échelle en compte au moins 2</translation>
    </message>
    <message>
        <source>no level passes: set passing = true on the highest level(s)</source>
        <translation>aucun niveau n’est validant : indiquez passing = true sur le ou les niveaux les plus élevés</translation>
    </message>
    <message>
        <source>letters, digits, &quot;-&quot; or &quot;_&quot;, e.g. &quot;C1&quot;</source>
        <translation>des lettres, des chiffres, &quot;-&quot; ou &quot;_&quot;, par exemple &quot;C1&quot;</translation>
    </message>
    <message>
        <source>list at least one criterion</source>
        <translation>indiquez au moins un critère</translation>
    </message>
    <message>
        <source>{count} descriptor(s) for {levels} levels: write one per level, from the lowest ({lowest}) to the highest ({highest})</source>
        <translation>{count} descripteur(s) pour {levels} niveaux : rédigez-en un par niveau, du plus bas ({lowest}) au plus élevé ({highest})</translation>
    </message>
    <message>
        <source>no competency: at least one [[competencies]] block is needed</source>
        <translation>aucune compétence : au moins un bloc [[competencies]] est nécessaire</translation>
    </message>
    <message>
        <source>only with kind = &quot;minimum_passing&quot; (here kind = &quot;all_passing&quot;): remove it</source>
        <translation>uniquement avec kind = &quot;minimum_passing&quot; (ici kind = &quot;all_passing&quot;) : supprimez-la</translation>
    </message>
    <message>
        <source>missing key &apos;minimum_passing&apos; (how many competencies must pass, 1 to {count})</source>
        <translation>clé « minimum_passing » manquante (nombre de compétences à valider, de 1 à {count})</translation>
    </message>
    <message>
        <source>{mark} is not between 1 and {last} (minutes left in a {total}-minute interview)</source>
        <translation>{mark} n’est pas compris entre 1 et {last} (minutes restantes d’un entretien de {total} minutes)</translation>
    </message>
    <message>
        <source>{mark} is listed twice</source>
        <translation>{mark} figure deux fois</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &quot;-&quot; or &quot;_&quot;</source>
        <translation>des lettres minuscules, des chiffres, &quot;-&quot; ou &quot;_&quot;</translation>
    </message>
    <message>
        <source>no phase: at least one [[interview_plan.phases]] block is needed</source>
        <translation>aucune phase : au moins un bloc [[interview_plan.phases]] est nécessaire</translation>
    </message>
    <message>
        <source>{value} is already the code of {other}</source>
        <translation>{value} est déjà le code de {other}</translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation>{value} n’est pas une adresse électronique</translation>
    </message>
    <message>
        <source>a second chair: a jury has exactly one ({chair} is)</source>
        <translation>une seconde présidence : un jury a exactement un·e président·e ({chair} l’est déjà)</translation>
    </message>
    <message>
        <source>no juror has role = &quot;chair&quot;: a jury needs exactly one</source>
        <translation>aucun·e juré·e n’a role = &quot;chair&quot; : un jury en compte exactement un·e</translation>
    </message>
    <message>
        <source>no juror has role = &quot;member&quot;: a jury needs at least one</source>
        <translation>aucun·e juré·e n’a role = &quot;member&quot; : un jury en compte au moins un·e</translation>
    </message>
    <message>
        <source>no candidate: at least one [[candidates]] block is needed</source>
        <translation>aucun·e candidat·e : au moins un bloc [[candidates]] est nécessaire</translation>
    </message>
    <message>
        <source>{moment} does not exist in {zone} (the clocks go forward at that time)</source>
        <translation>{moment} n’existe pas dans le fuseau {zone} (passage à l’heure d’été à ce moment-là)</translation>
    </message>
    <message>
        <source>{moment} ({zone}) is outside the session dates ({starts_on} to {ends_on})</source>
        <translation>{moment} ({zone}) est en dehors des dates de la session (du {starts_on} au {ends_on})</translation>
    </message>
    <message>
        <source>{value} is not a web address (expected https://… or http://…)</source>
        <translation>{value} n’est pas une adresse web (attendu : https://… ou http://…)</translation>
    </message>
    <message>
        <source>{value} comes from the candidate&apos;s site_url, not from a document</source>
        <translation>{value} provient du site_url du candidat·e, et non d’un document</translation>
    </message>
    <message>
        <source>{value} comes from the candidate&apos;s product_sheet_url, not from a document</source>
        <translation>{value} provient du product_sheet_url du candidat·e, et non d’un document</translation>
    </message>
    <message>
        <source>same file as {other}</source>
        <translation>même fichier que {other}</translation>
    </message>
    <message>
        <source>{value}: &quot;{suffix}&quot; files are not accepted (accepted: {accepted})</source>
        <translation>{value} : les fichiers &quot;{suffix}&quot; ne sont pas acceptés (acceptés : {accepted})</translation>
    </message>
    <message>
        <source>{value}: a file without extension is not accepted (accepted: {accepted})</source>
        <translation>{value} : un fichier sans extension n’est pas accepté (acceptés : {accepted})</translation>
    </message>
    <message>
        <source>{value} does not exist</source>
        <translation>{value} n’existe pas</translation>
    </message>
    <message>
        <source>{value} cannot be read ({reason})</source>
        <translation>{value} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>{value} is empty</source>
        <translation>{value} est vide</translation>
    </message>
    <message>
        <source>{value} is not a regular file</source>
        <translation>{value} n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{value}: separate folders with &quot;/&quot;, not &quot;\&quot;</source>
        <translation>{value} : séparez les dossiers par &quot;/&quot;, et non par &quot;\&quot;</translation>
    </message>
    <message>
        <source>{value} is an absolute path: give it from the session folder, e.g. &quot;dossiers/…&quot;</source>
        <translation>{value} est un chemin absolu : indiquez-le à partir du dossier de la session, par exemple &quot;dossiers/…&quot;</translation>
    </message>
    <message>
        <source>{value} must not contain &quot;..&quot;: files stay inside the folder</source>
        <translation>{value} ne doit pas contenir &quot;..&quot; : les fichiers restent à l’intérieur du dossier</translation>
    </message>
    <message>
        <source>{value}: {link} is a symbolic link (not accepted: copy the file into the session folder)</source>
        <translation>{value} : {link} est un lien symbolique (non accepté : copiez le fichier dans le dossier de la session)</translation>
    </message>
    <message>
        <source>{value} leads outside the session folder</source>
        <translation>{value} mène en dehors du dossier de la session</translation>
    </message>
    <message>
        <source>{folder}: exists and is not a folder</source>
        <translation>{folder} : existe déjà et n’est pas un dossier</translation>
    </message>
    <message>
        <source>{folder}: the folder is not empty; choose a new or an empty folder</source>
        <translation>{folder} : le dossier n’est pas vide ; choisissez un nouveau dossier ou un dossier vide</translation>
    </message>
    <message>
        <source>{folder}: cannot be created ({reason})</source>
        <translation>{folder} : création impossible ({reason})</translation>
    </message>
    <message>
        <source>{folder}: cannot be written ({reason})</source>
        <translation>{folder} : écriture impossible ({reason})</translation>
    </message>
    <message>
        <source>The manifest is not valid at {where}: {reason}</source>
        <translation>Le manifeste n’est pas valide à l’emplacement {where} : {reason}</translation>
    </message>
    <message>
        <source>The manifest is refused: {reason}.</source>
        <translation>Le manifeste est refusé : {reason}.</translation>
    </message>
    <message>
        <source>The manifest has version {version}, this jury-desk reads version {supported}: install a newer jury-desk.</source>
        <translation>Le manifeste est en version {version}, cette version de jury-desk lit la version {supported} : installez une version plus récente de jury-desk.</translation>
    </message>
    <message>
        <source>The manifest is not consistent: {reason}</source>
        <translation>Le manifeste n’est pas cohérent : {reason}</translation>
    </message>
    <message>
        <source>the time zone {value!r} is not an IANA name known here</source>
        <translation>le fuseau horaire {value!r} n’est pas un nom IANA connu ici</translation>
    </message>
    <message>
        <source>the session ends before it starts</source>
        <translation>la session se termine avant de commencer</translation>
    </message>
    <message>
        <source>candidate id</source>
        <translation>l’identifiant de candidat·e</translation>
    </message>
    <message>
        <source>juror id</source>
        <translation>l’identifiant de juré·e</translation>
    </message>
    <message>
        <source>competency code</source>
        <translation>le code de compétence</translation>
    </message>
    <message>
        <source>phase code</source>
        <translation>le code de phase</translation>
    </message>
    <message>
        <source>the jury has {count} chairs instead of one</source>
        <translation>le jury compte {count} président·es au lieu d’un·e</translation>
    </message>
    <message>
        <source>juror e-mail</source>
        <translation>adresse électronique de juré·e</translation>
    </message>
    <message>
        <source>juror age recipient</source>
        <translation>destinataire age de juré·e</translation>
    </message>
    <message>
        <source>two jurors have the same certificate</source>
        <translation>deux juré·es ont le même certificat</translation>
    </message>
    <message>
        <source>the warning mark at {mark} minutes is not within the {total}-minute interview</source>
        <translation>le repère à {mark} minutes ne tombe pas dans l’entretien de {total} minutes</translation>
    </message>
    <message>
        <source>the minimum_passing rule has no minimum</source>
        <translation>la règle minimum_passing n’indique pas de minimum</translation>
    </message>
    <message>
        <source>the minimum_passing rule asks for more competencies than exist</source>
        <translation>la règle minimum_passing exige plus de compétences qu’il n’en existe</translation>
    </message>
    <message>
        <source>minimum_passing is given but the rule is all_passing</source>
        <translation>minimum_passing est indiqué alors que la règle est all_passing</translation>
    </message>
    <message>
        <source>document path</source>
        <translation>le chemin de document</translation>
    </message>
    <message>
        <source>document path (ignoring case)</source>
        <translation>le chemin de document (sans tenir compte de la casse)</translation>
    </message>
    <message>
        <source>{path} is not in the folder of {candidate}</source>
        <translation>{path} ne se trouve pas dans le dossier de {candidate}</translation>
    </message>
    <message>
        <source>the {what} {value!r} appears twice</source>
        <translation>{what} {value!r} figure deux fois</translation>
    </message>
    <message>
        <source>{name} differs from the manifest (SHA-256).</source>
        <translation>{name} ne correspond pas au manifeste (SHA-256).</translation>
    </message>
    <message>
        <source>A workspace for {session} exists at {path} but its key is not in {store}.</source>
        <translation>Un espace de travail pour {session} existe dans {path}, mais sa clé ne se trouve pas dans {store}.</translation>
    </message>
    <message>
        <source>You ({name}) are not a juror of « {session} »: your key is not among the jury&apos;s certificates.</source>
        <translation>Vous ({name}) n’êtes pas juré·e de « {session} » : votre clé ne figure pas parmi les certificats du jury.</translation>
    </message>
    <message>
        <source>The payload is cut inside {name}.</source>
        <translation>Le contenu chiffré s’interrompt au milieu de {name}.</translation>
    </message>
    <message>
        <source>The bundle holds a file the manifest does not list: {name}</source>
        <translation>Le paquet de session contient un fichier que le manifeste ne liste pas : {name}</translation>
    </message>
    <message>
        <source>{name} has {size} bytes, the manifest says {declared}.</source>
        <translation>{name} fait {size} octets, alors que le manifeste en indique {declared}.</translation>
    </message>
    <message>
        <source>The bundle lacks {count} listed file(s), first {name}.</source>
        <translation>Il manque au paquet de session {count} fichier(s) listé(s) dans le manifeste, à commencer par {name}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload holds more than its manifest lists.</source>
        <translation>Le contenu chiffré du paquet de session contient davantage que ce que liste son manifeste.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is damaged: data follows its archive&apos;s end.</source>
        <translation>Le contenu chiffré du paquet de session est endommagé : des données suivent la fin de son archive.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload should hold {name} here, not nothing: unsigned?</source>
        <translation>Le contenu chiffré du paquet de session devrait contenir {name} à cet endroit, mais il n’y a rien : paquet non signé ?</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload should hold {name} here, not {found!r}: unsigned?</source>
        <translation>Le contenu chiffré du paquet de session devrait contenir {name} à cet endroit, et non {found!r} : paquet non signé ?</translation>
    </message>
    <message>
        <source>{name} is larger than {cap} bytes.</source>
        <translation>{name} dépasse {cap} octets.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is cut (inside a file&apos;s padding).</source>
        <translation>Le contenu chiffré du paquet de session est tronqué (dans le remplissage d’un fichier).</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is refused: {reason}.</source>
        <translation>Le contenu chiffré du paquet de session est refusé : {reason}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is cut: its archive has no end.</source>
        <translation>Le contenu chiffré du paquet de session est tronqué : son archive n’a pas de fin.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is not an archive ({reason}).</source>
        <translation>Le contenu chiffré du paquet de session n’est pas une archive ({reason}).</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is damaged ({reason}).</source>
        <translation>Le contenu chiffré du paquet de session est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>{name}: only plain files may be in a bundle ({kind}).</source>
        <translation>{name} : un paquet de session ne peut contenir que des fichiers ordinaires (ici : {kind}).</translation>
    </message>
    <message>
        <source>{name} appears twice (names differing only by case count).</source>
        <translation>{name} figure deux fois (les noms qui ne diffèrent que par la casse sont considérés comme identiques).</translation>
    </message>
    <message>
        <source>The bundle holds more than {count} files.</source>
        <translation>Le paquet de session contient plus de {count} fichiers.</translation>
    </message>
    <message>
        <source>The bundle&apos;s files weigh more than {cap} bytes.</source>
        <translation>Les fichiers du paquet de session dépassent {cap} octets au total.</translation>
    </message>
    <message>
        <source>Refused file name in the bundle: {name!r}.</source>
        <translation>Nom de fichier refusé dans le paquet de session : {name!r}.</translation>
    </message>
    <message>
        <source>Refused file name in the bundle (not in Unicode NFC form): {name!r}.</source>
        <translation>Nom de fichier refusé dans le paquet de session (pas sous la forme Unicode NFC) : {name!r}.</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a hard link</source>
        <translation>un lien physique</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique en mode caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique en mode bloc</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>un tube</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>The manifest is not signed.</source>
        <translation>Le manifeste n’est pas signé.</translation>
    </message>
    <message>
        <source>The manifest&apos;s organiser certificate cannot be read.</source>
        <translation>Le certificat de l’organisateur contenu dans le manifeste est illisible.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not match its organiser&apos;s certificate: it was changed or signed by another authority.</source>
        <translation>La signature du manifeste ne correspond pas au certificat de son organisateur : le manifeste a été modifié ou signé par une autre autorité.</translation>
    </message>
    <message>
        <source>The bundle is signed by « {authority_name} », an authority not trusted here yet (comparison code {comparison_code}, fingerprint {fingerprint}): check it with the organiser, then give it with --organiser-fingerprint.</source>
        <translation>Le paquet est signé par « {authority_name} », une autorité à laquelle jury-desk ne fait pas encore confiance (code de comparaison {comparison_code}, empreinte {fingerprint}) : vérifiez-le auprès de l’organisateur, puis donnez-le avec --organiser-fingerprint.</translation>
    </message>
    <message>
        <source>The manifest&apos;s juror {juror} certificate cannot be read.</source>
        <translation>Le certificat du ou de la juré·e {juror} contenu dans le manifeste est illisible.</translation>
    </message>
    <message>
        <source>Juror {name}: {error}</source>
        <translation>Juré·e {name} : {error}</translation>
    </message>
    <message>
        <source>Juror {name}: the age recipient is not the certified one.</source>
        <translation>Juré·e {name} : le destinataire age n’est pas celui qui est certifié.</translation>
    </message>
    <message>
        <source>Juror {name}: the e-mail is not the certified one.</source>
        <translation>Juré·e {name} : l’adresse électronique n’est pas celle qui est certifiée.</translation>
    </message>
    <message>
        <source>Jurors {first} and {second} are certified for the same key.</source>
        <translation>Les juré·es {first} et {second} sont certifié·es pour la même clé.</translation>
    </message>
    <message>
        <source>Give the bundle&apos;s passphrase (--passphrase-file) or create your juror identity first: no key here can open it.</source>
        <translation>Indiquez la phrase de passe du paquet de session (--passphrase-file) ou créez d’abord votre identité de juré·e : aucune clé présente ici ne permet de l’ouvrir.</translation>
    </message>
    <message>
        <source>Signing needs a confirmation: run in a terminal, or add --yes.</source>
        <translation>La signature demande une confirmation : lancez la commande dans un terminal, ou ajoutez --yes.</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} octets</translation>
    </message>
    <message>
        <source>{whole} GiB</source>
        <translation>{whole} Gio</translation>
    </message>
    <message>
        <source>{whole}.{tenth} GiB</source>
        <translation>{whole},{tenth} Gio</translation>
    </message>
    <message>
        <source>{whole} MiB</source>
        <translation>{whole} Mio</translation>
    </message>
    <message>
        <source>{whole}.{tenth} MiB</source>
        <translation>{whole},{tenth} Mio</translation>
    </message>
    <message>
        <source>{whole} KiB</source>
        <translation>{whole} Kio</translation>
    </message>
    <message>
        <source>{whole}.{tenth} KiB</source>
        <translation>{whole},{tenth} Kio</translation>
    </message>
    <message>
        <source>{path} is {size}, over the {cap} allowed for {what}.</source>
        <translation>{path} fait {size}, au-delà des {cap} admis pour {what}.</translation>
    </message>
    <message>
        <source>{path} grew past the {cap} allowed for {what} while it was read.</source>
        <translation>{path} a dépassé pendant sa lecture les {cap} admis pour {what}.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file.</source>
        <translation>{path} n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{path} is {kind}, not an ordinary file.</source>
        <translation>{path} est {kind}, pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason}).</source>
        <translation>Impossible de lire {path} ({reason}).</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>There is no session {session!r} in {home}.</source>
        <translation>Il n’y a pas de session {session!r} dans {home}.</translation>
    </message>
    <message>
        <source>No session in {home}: open a bundle first.</source>
        <translation>Aucune session dans {home} : ouvrez d’abord un paquet de session.</translation>
    </message>
    <message>
        <source>{count} sessions in {home}: say which one with --session.</source>
        <translation>{count} sessions dans {home} : indiquez laquelle avec --session.</translation>
    </message>
    <message>
        <source>There is no candidate {candidate!r} in this session.</source>
        <translation>Il n’y a pas de candidat {candidate!r} dans cette session.</translation>
    </message>
    <message>
        <source>There is no display here: use --no-gui or --screenshot FILE.</source>
        <translation>Aucun affichage n’est disponible ici : utilisez --no-gui ou --screenshot FICHIER.</translation>
    </message>
    <message>
        <source>a header of the payload is larger than {limit}</source>
        <translation>un en-tête du contenu chiffré dépasse {limit} octets</translation>
    </message>
    <message>
        <source>the payload cannot be read ({reason})</source>
        <translation>le contenu chiffré ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the payload is truncated</source>
        <translation>le contenu chiffré est tronqué</translation>
    </message>
    <message>
        <source>it has no recipient stanza</source>
        <translation>il ne contient aucun bloc de destinataire</translation>
    </message>
    <message>
        <source>This file is not protected by a passphrase.</source>
        <translation>Ce fichier n’est pas protégé par une phrase de passe.</translation>
    </message>
    <message>
        <source>a passphrase stanza must be the only one</source>
        <translation>un bloc de phrase de passe doit être le seul bloc</translation>
    </message>
    <message>
        <source>the passphrase stanza must have a salt and a work factor</source>
        <translation>le bloc de phrase de passe doit comporter un sel et un facteur de coût</translation>
    </message>
    <message>
        <source>the passphrase salt</source>
        <translation>le sel de la phrase de passe</translation>
    </message>
    <message>
        <source>the passphrase salt is not 16 bytes</source>
        <translation>le sel de la phrase de passe ne fait pas 16 octets</translation>
    </message>
    <message>
        <source>the passphrase stanza body is not 32 bytes</source>
        <translation>le corps du bloc de phrase de passe ne fait pas 32 octets</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not encrypted to a key.</source>
        <translation>Ce fichier est protégé par une phrase de passe, il n’est pas chiffré pour une clé.</translation>
    </message>
    <message>
        <source>This file is not encrypted to any X25519 key (age1…).</source>
        <translation>Ce fichier n’est chiffré pour aucune clé X25519 (age1…).</translation>
    </message>
    <message>
        <source>the passphrase work factor is not a plain decimal number</source>
        <translation>le facteur de coût de la phrase de passe n’est pas un simple nombre décimal</translation>
    </message>
    <message>
        <source>Refused: this file asks for more work than jury-desk accepts (a passphrase work factor of 2^{factor}, above 2^{limit}).</source>
        <translation>Refusé : ce fichier demande plus de travail que jury-desk n’en accepte (un facteur de coût de phrase de passe de 2^{factor}, au-delà de 2^{limit}).</translation>
    </message>
    <message>
        <source>an X25519 stanza must have exactly one argument</source>
        <translation>un bloc X25519 doit comporter exactement un argument</translation>
    </message>
    <message>
        <source>an X25519 share</source>
        <translation>une clé d’échange X25519</translation>
    </message>
    <message>
        <source>an X25519 share is not 32 bytes</source>
        <translation>une clé d’échange X25519 ne fait pas 32 octets</translation>
    </message>
    <message>
        <source>an X25519 stanza body is not 32 bytes</source>
        <translation>le corps d’un bloc X25519 ne fait pas 32 octets</translation>
    </message>
    <message>
        <source>Refused: the age header is larger than {kib} KiB.</source>
        <translation>Refusé : l’en-tête age dépasse {kib} Kio.</translation>
    </message>
    <message>
        <source>The age file is truncated: its header is incomplete.</source>
        <translation>Le fichier age est tronqué : son en-tête est incomplet.</translation>
    </message>
    <message>
        <source>it contains a carriage return (CR)</source>
        <translation>il contient un retour chariot (CR)</translation>
    </message>
    <message>
        <source>Armored (text) age files are not accepted, only binary ones.</source>
        <translation>Les fichiers age en armure (format texte) ne sont pas acceptés, seulement les fichiers binaires.</translation>
    </message>
    <message>
        <source>This file uses an age version other than v1, which is not supported.</source>
        <translation>Ce fichier utilise une version d’age autre que v1, qui n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>This file is not an age-encrypted file.</source>
        <translation>Ce fichier n’est pas un fichier chiffré avec age.</translation>
    </message>
    <message>
        <source>a line is neither a stanza nor the MAC line</source>
        <translation>une ligne n’est ni un bloc ni la ligne du MAC</translation>
    </message>
    <message>
        <source>a stanza has an empty argument or one with invalid characters</source>
        <translation>un bloc comporte un argument vide ou contenant des caractères non valides</translation>
    </message>
    <message>
        <source>The age header is malformed: a stanza body line is longer than {columns} columns.</source>
        <translation>L’en-tête age est mal formé : une ligne du corps d’un bloc dépasse {columns} colonnes.</translation>
    </message>
    <message>
        <source>a stanza does not end with a short body line</source>
        <translation>un bloc ne se termine pas par une ligne de corps courte</translation>
    </message>
    <message>
        <source>a stanza body</source>
        <translation>le corps d’un bloc</translation>
    </message>
    <message>
        <source>its MAC line is not &apos;--- &apos; followed by 43 base64 characters</source>
        <translation>sa ligne de MAC n’est pas « --- » suivi de 43 caractères base64</translation>
    </message>
    <message>
        <source>the header MAC</source>
        <translation>le MAC de l’en-tête</translation>
    </message>
    <message>
        <source>The age header is malformed: {what} is not canonical base64.</source>
        <translation>L’en-tête age est mal formé : {what} n’est pas du base64 canonique.</translation>
    </message>
    <message>
        <source>The age header is malformed: {what} is not valid unpadded base64.</source>
        <translation>L’en-tête age est mal formé : {what} n’est pas du base64 valide sans remplissage.</translation>
    </message>
    <message>
        <source>The age header is malformed: {detail}.</source>
        <translation>L’en-tête age est mal formé : {detail}.</translation>
    </message>
    <message>
        <source>no identity matches (it was encrypted for other keys)</source>
        <translation>aucune clé ne correspond (il a été chiffré pour d’autres clés)</translation>
    </message>
    <message>
        <source>its header does not authenticate (damaged or altered)</source>
        <translation>son en-tête n’est pas authentique (endommagé ou modifié)</translation>
    </message>
    <message>
        <source>an X25519 stanza carries a low-order share</source>
        <translation>un bloc X25519 porte une clé d’échange d’ordre faible</translation>
    </message>
    <message>
        <source>an X25519 stanza wraps a file key of the wrong size</source>
        <translation>un bloc X25519 contient une clé de fichier de taille incorrecte</translation>
    </message>
    <message>
        <source>A key is not a valid age X25519 identity (AGE-SECRET-KEY-1…).</source>
        <translation>Une clé n’est pas une identité age X25519 valide (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the data is damaged).</source>
        <translation>Phrase de passe incorrecte (ou données endommagées).</translation>
    </message>
    <message>
        <source>The passphrase-protected data is malformed (its file key).</source>
        <translation>Les données protégées par phrase de passe sont mal formées (leur clé de fichier).</translation>
    </message>
    <message>
        <source>The passphrase-protected data is damaged or truncated.</source>
        <translation>Les données protégées par phrase de passe sont endommagées ou tronquées.</translation>
    </message>
    <message>
        <source>the payload is truncated (no chunk)</source>
        <translation>le contenu chiffré est tronqué (aucun segment)</translation>
    </message>
    <message>
        <source>the payload is truncated (a chunk is cut short)</source>
        <translation>le contenu chiffré est tronqué (un segment est incomplet)</translation>
    </message>
    <message>
        <source>chunk {index} of the payload does not authenticate (damaged or altered)</source>
        <translation>le segment {index} du contenu chiffré n’est pas authentique (endommagé ou modifié)</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>Impossible d’écrire dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase de passe est vide.</translation>
    </message>
    <message>
        <source>Refused: more than {limit} bytes to encrypt in memory.</source>
        <translation>Refusé : plus de {limit} octets à chiffrer en mémoire.</translation>
    </message>
    <message>
        <source>The key slot does not hold age identities.</source>
        <translation>L’emplacement de clé ne contient pas d’identités age.</translation>
    </message>
    <message>
        <source>The key slot holds no age identity.</source>
        <translation>L’emplacement de clé ne contient aucune identité age.</translation>
    </message>
    <message>
        <source>the encrypted data</source>
        <translation>les données chiffrées</translation>
    </message>
    <message>
        <source>Could not encrypt: {reason}.</source>
        <translation>Le chiffrement a échoué : {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {source}: {reason}.</source>
        <translation>Impossible de lire {source} : {reason}.</translation>
    </message>
    <message>
        <source>Refused: the passphrase-protected data is larger than {limit} bytes.</source>
        <translation>Refusé : les données protégées par phrase de passe dépassent {limit} octets.</translation>
    </message>
    <message>
        <source>Cannot decrypt {source}: no identity matches (it was encrypted for other keys).</source>
        <translation>Impossible de déchiffrer {source} : aucune clé ne correspond (le fichier a été chiffré pour d’autres clés).</translation>
    </message>
    <message>
        <source>Cannot decrypt {source}: the file is damaged or truncated.</source>
        <translation>Impossible de déchiffrer {source} : le fichier est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>Could not encrypt into {path}: {reason}.</source>
        <translation>Le chiffrement dans {path} a échoué : {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>No recipient was given to encrypt to.</source>
        <translation>Aucun destinataire n’a été indiqué pour le chiffrement.</translation>
    </message>
    <message>
        <source>{recipient!r} is not a valid age X25519 recipient (age1…).</source>
        <translation>{recipient!r} n’est pas un destinataire age X25519 valide (age1…).</translation>
    </message>
    <message>
        <source>No identity was given to decrypt with.</source>
        <translation>Aucune identité n’a été indiquée pour le déchiffrement.</translation>
    </message>
    <message>
        <source>Cannot start the passphrase&apos;s key derivation ({reason}).</source>
        <translation>Impossible de lancer la dérivation de clé de la phrase de passe ({reason}).</translation>
    </message>
    <message>
        <source>The passphrase&apos;s key derivation failed (it needs {mib} MiB of memory).</source>
        <translation>La dérivation de clé de la phrase de passe a échoué (elle nécessite {mib} Mio de mémoire).</translation>
    </message>
    <message>
        <source>A casting vote on {competency} needs a short note saying why.</source>
        <translation>Une voix prépondérante sur {competency} doit être accompagnée d’une courte note qui la justifie.</translation>
    </message>
    <message>
        <source>{competency}: {reason}.</source>
        <translation>{competency} : {reason}.</translation>
    </message>
    <message>
        <source>{competency}: there is no disagreement to settle for {name}.</source>
        <translation>{competency} : il n’y a pas de désaccord à trancher pour {name}.</translation>
    </message>
    <message>
        <source>{competency}: the casting vote retains one of the two jurors&apos; levels, « {mine} » or « {other} ».</source>
        <translation>{competency} : la voix prépondérante retient l’un des niveaux des deux juré·es, « {mine} » ou « {other} ».</translation>
    </message>
    <message>
        <source>The decision {outcome!r} needs written reasons.</source>
        <translation>La décision {outcome!r} doit être motivée par écrit.</translation>
    </message>
    <message>
        <source>{name} cannot be decided {outcome!r} before their interview has started ({slot}, Paris time).</source>
        <translation>La décision {outcome!r} ne peut pas être prise pour {name} avant le début de son entretien ({slot}, heure de Paris).</translation>
    </message>
    <message>
        <source>{name} already has a decision: revising it needs a written reason.</source>
        <translation>Une décision a déjà été prise pour {name} : la réviser exige un motif écrit.</translation>
    </message>
    <message>
        <source>Only the chair deliberates; {name} is a member of this jury.</source>
        <translation>Seule la présidence du jury délibère ; {name} est membre de ce jury.</translation>
    </message>
    <message>
        <source>Not every competency of {name} is settled yet ({competencies}).</source>
        <translation>Toutes les compétences de {name} ne sont pas encore tranchées ({competencies}).</translation>
    </message>
    <message>
        <source>The decision rule gives {proposal!r} from the consolidated levels of {name}, not {outcome!r}.</source>
        <translation>La règle de décision donne {proposal!r} à partir des niveaux consolidés de {name}, et non {outcome!r}.</translation>
    </message>
    <message>
        <source>Both sheets for {name} must be signed (yours and the other juror&apos;s) before the levels can be consolidated.</source>
        <translation>Les deux grilles de {name} doivent être signées (la vôtre et celle de l’autre juré·e) avant que les niveaux puissent être consolidés.</translation>
    </message>
    <message>
        <source>{name} has a signed sheet ({jurors}): the decision {outcome!r} must be confirmed, with its reasons.</source>
        <translation>Une grille signée existe pour {name} ({jurors}) : la décision {outcome!r} doit être confirmée, avec ses motifs.</translation>
    </message>
    <message>
        <source>{root} already holds a demo, perhaps scored by hand: add --reset to play the whole session from the start, or choose another --out.</source>
        <translation>{root} contient déjà une démonstration, peut-être notée à la main : ajoutez --reset pour rejouer toute la session depuis le début, ou choisissez un autre --out.</translation>
    </message>
    <message>
        <source>{path}: {kind}: {reason}</source>
        <translation>{path} : {kind} : {reason}</translation>
    </message>
    <message>
        <source>{path}: {problems}</source>
        <translation>{path} : {problems}</translation>
    </message>
    <message>
        <source>it has {actual} bytes instead of {size}</source>
        <translation>elle fait {actual} octets au lieu de {size}</translation>
    </message>
    <message>
        <source>its age header is damaged</source>
        <translation>son en-tête age est endommagé</translation>
    </message>
    <message>
        <source>a document lies outside its stored payload</source>
        <translation>un document se trouve hors de sa copie enregistrée</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>elle est tronquée</translation>
    </message>
    <message>
        <source>The workspace {folder} is damaged: « {title} » cannot be read from its copy of the session bundle ({copy}: {reason}); open the session bundle again (it writes the copy anew), or restore the workspace from a backup.</source>
        <translation>L’espace de travail {folder} est endommagé : « {title} » ne peut pas être lu depuis sa copie du paquet de session ({copy} : {reason}) ; ouvrez de nouveau le paquet de session (la copie sera réécrite), ou restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace of « {title} » is damaged: its content differs from its SHA-256; restore it from a backup.</source>
        <translation>L’espace de travail de « {title} » est endommagé : son contenu ne correspond pas à son empreinte SHA-256 ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The sheet for {name} is signed and can no longer change.</source>
        <translation>La grille de {name} est signée et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>This workspace already holds a session.</source>
        <translation>Cet espace de travail contient déjà une session.</translation>
    </message>
    <message>
        <source>Cannot {what}: the interview of {name} has not started.</source>
        <translation>Vous ne pouvez pas {what} : l’entretien de {name} n’a pas commencé.</translation>
    </message>
    <message>
        <source>Cannot {what}: the interview of {name} is running.</source>
        <translation>Vous ne pouvez pas {what} : l’entretien de {name} est en cours.</translation>
    </message>
    <message>
        <source>Cannot {what}: the interview of {name} is paused.</source>
        <translation>Vous ne pouvez pas {what} : l’entretien de {name} est en pause.</translation>
    </message>
    <message>
        <source>Cannot {what}: the interview of {name} is over.</source>
        <translation>Vous ne pouvez pas {what} : l’entretien de {name} est terminé.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>démarrer</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>mettre en pause</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reprendre</translation>
    </message>
    <message>
        <source>go to the next phase</source>
        <translation>passer à la phase suivante</translation>
    </message>
    <message>
        <source>Cannot go to the next phase: the interview of {name} is in its last phase.</source>
        <translation>Vous ne pouvez pas passer à la phase suivante : l’entretien de {name} en est à sa dernière phase.</translation>
    </message>
    <message>
        <source>change the competency under discussion</source>
        <translation>changer la compétence en discussion</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêter</translation>
    </message>
    <message>
        <source>The minutes data</source>
        <translation>Les données du procès-verbal</translation>
    </message>
    <message>
        <source>The minutes data is not consistent at {where}: {why}</source>
        <translation>Les données du procès-verbal ne sont pas cohérentes à {where} : {why}</translation>
    </message>
    <message>
        <source>the chair and the member are the same juror</source>
        <translation>la présidence et le membre du jury sont une seule et même personne</translation>
    </message>
    <message>
        <source>the ranks {ranks} should be 0 to {top} in order</source>
        <translation>les rangs {ranks} devraient aller de 0 à {top} dans l’ordre</translation>
    </message>
    <message>
        <source>a competency appears twice</source>
        <translation>une compétence apparaît deux fois</translation>
    </message>
    <message>
        <source>{candidate} appears twice</source>
        <translation>{candidate} apparaît deux fois</translation>
    </message>
    <message>
        <source>the competencies are not those of the statistics</source>
        <translation>les compétences ne sont pas celles des statistiques</translation>
    </message>
    <message>
        <source>level {level} is not on the scale</source>
        <translation>le niveau {level} n’est pas dans l’échelle</translation>
    </message>
    <message>
        <source>not the passing levels of the decision</source>
        <translation>ce ne sont pas les niveaux validants de la décision</translation>
    </message>
    <message>
        <source>not the number of candidates listed</source>
        <translation>ce n’est pas le nombre de candidats listés</translation>
    </message>
    <message>
        <source>not the outcomes of the candidates listed</source>
        <translation>ce ne sont pas les décisions des candidats listés</translation>
    </message>
    <message>
        <source>one count per level of the scale</source>
        <translation>il faut un décompte par niveau de l’échelle</translation>
    </message>
    <message>
        <source>more agreements than pairs</source>
        <translation>plus d’accords que de paires</translation>
    </message>
    <message>
        <source>The minutes data is not valid at {where}: {why}</source>
        <translation>Les données du procès-verbal ne sont pas valides à {where} : {why}</translation>
    </message>
    <message>
        <source>You ({name}) chair this jury and sign the minutes first: the member co-signs them.</source>
        <translation>Vous ({name}) présidez ce jury et signez le procès-verbal en premier : c’est le membre du jury qui le cosigne.</translation>
    </message>
    <message>
        <source>These minutes are already co-signed (by {name}).</source>
        <translation>Ce procès-verbal est déjà cosigné (par {name}).</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>These minutes cannot be co-signed: {problems}.</source>
        <translation>Ce procès-verbal ne peut pas être cosigné : {problems}.</translation>
    </message>
    <message>
        <source>These minutes name {name} as the member of the jury, but with the juror id {juror}; yours is {mine}: the same name, another juror.</source>
        <translation>Ce procès-verbal désigne {name} comme membre du jury, mais sous l’identifiant de juré·e {juror} ; le vôtre est {mine} : même nom, autre juré·e.</translation>
    </message>
    <message>
        <source>These minutes name {name} (juror id {juror}) as the member of the jury, not you ({mine}).</source>
        <translation>Ce procès-verbal désigne {name} (identifiant de juré·e {juror}) comme membre du jury, et non vous ({mine}).</translation>
    </message>
    <message>
        <source>Only the chair draws up the minutes; {name} is a member of this jury.</source>
        <translation>Seule la présidence du jury établit le procès-verbal ; {name} est membre de ce jury.</translation>
    </message>
    <message>
        <source>The minutes need a decision for every candidate; none yet for {names}.</source>
        <translation>Le procès-verbal exige une décision pour chaque candidat·e ; aucune pour l’instant pour {names}.</translation>
    </message>
    <message>
        <source>The consolidated levels no longer give the decision recorded for {names}: decide again.</source>
        <translation>Les niveaux consolidés ne donnent plus la décision enregistrée pour {names} : décidez de nouveau.</translation>
    </message>
    <message>
        <source>The minutes are signed by the chair and one member; this session has {count} members.</source>
        <translation>Le procès-verbal est signé par la présidence du jury et un membre ; cette session compte {count} membres.</translation>
    </message>
    <message>
        <source>Revision {revision} of the minutes was signed meanwhile: export them again.</source>
        <translation>La révision {revision} du procès-verbal a été signée entre-temps : exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>signed by the chair, not yet co-signed by the member</source>
        <translation>signé par la présidence du jury, pas encore cosigné par le membre du jury</translation>
    </message>
    <message>
        <source>no minutes data</source>
        <translation>aucune donnée de procès-verbal</translation>
    </message>
    <message>
        <source>{name} ({juror}) is not the chair of session {session}</source>
        <translation>{name} ({juror}) n’est pas président·e du jury de la session {session}</translation>
    </message>
    <message>
        <source>{name} ({juror}) is not the member of session {session}</source>
        <translation>{name} ({juror}) n’est pas membre du jury de la session {session}</translation>
    </message>
    <message>
        <source>the first signature is not by the chair, {name}</source>
        <translation>la première signature n’est pas celle de {name}, président·e du jury</translation>
    </message>
    <message>
        <source>the first signature is not by the member, {name}</source>
        <translation>la première signature n’est pas celle de {name}, membre du jury</translation>
    </message>
    <message>
        <source>the second signature is not by the chair, {name}</source>
        <translation>la deuxième signature n’est pas celle de {name}, président·e du jury</translation>
    </message>
    <message>
        <source>the second signature is not by the member, {name}</source>
        <translation>la deuxième signature n’est pas celle de {name}, membre du jury</translation>
    </message>
    <message>
        <source>{message}; {others}</source>
        <translation>{message} ; {others}</translation>
    </message>
    <message>
        <source>signed minutes</source>
        <translation>un procès-verbal signé</translation>
    </message>
    <message>
        <source>{count} signatures where only the chair&apos;s and the member&apos;s are expected (the third is by {signer})</source>
        <translation>{count} signatures alors que seules celles de la présidence et du membre du jury sont attendues (la troisième est de {signer})</translation>
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation>un signataire sans nom</translation>
    </message>
    <message>
        <source>the data the chair signed is refused: {reason}</source>
        <translation>les données signées par la présidence du jury sont refusées : {reason}</translation>
    </message>
    <message>
        <source>no {attachment} attached: not jury-desk minutes</source>
        <translation>aucun fichier {attachment} joint : ce n’est pas un procès-verbal jury-desk</translation>
    </message>
    <message>
        <source>the attached {attachment} names no session</source>
        <translation>le fichier {attachment} joint ne désigne aucune session</translation>
    </message>
    <message>
        <source>minutes of session {session}, which is not known here</source>
        <translation>procès-verbal de la session {session}, inconnue ici</translation>
    </message>
    <message>
        <source>no {attachment} in the revision the chair signed</source>
        <translation>aucun fichier {attachment} dans la révision signée par la présidence du jury</translation>
    </message>
    <message>
        <source>the signed data names another session than the file shows</source>
        <translation>les données signées désignent une autre session que celle qu’indique le fichier</translation>
    </message>
    <message>
        <source>unknown candidates in session {session}: {ids}</source>
        <translation>candidats inconnus dans la session {session} : {ids}</translation>
    </message>
    <message>
        <source>This workspace holds no session yet.</source>
        <translation>Cet espace de travail ne contient encore aucune session.</translation>
    </message>
    <message>
        <source>This workspace does not say which juror you are.</source>
        <translation>Cet espace de travail n’indique pas quel·le juré·e vous êtes.</translation>
    </message>
    <message>
        <source>There is no competency {code!r} in this session.</source>
        <translation>Il n’y a pas de compétence {code!r} dans cette session.</translation>
    </message>
    <message>
        <source>session {key}</source>
        <translation>la session ({key})</translation>
    </message>
    <message>
        <source>decision rule</source>
        <translation>la règle de décision</translation>
    </message>
    <message>
        <source>the jury</source>
        <translation>le jury</translation>
    </message>
    <message>
        <source>the level scale</source>
        <translation>l’échelle des niveaux</translation>
    </message>
    <message>
        <source>the candidates (not in results.json: {missing}) (not in the minutes: {extra})</source>
        <translation>les candidats (absents de results.json : {missing}) (absents du procès-verbal : {extra})</translation>
    </message>
    <message>
        <source>the candidates (not in results.json: {missing})</source>
        <translation>les candidats (absents de results.json : {missing})</translation>
    </message>
    <message>
        <source>the candidates (not in the minutes: {extra})</source>
        <translation>les candidats (absents du procès-verbal : {extra})</translation>
    </message>
    <message>
        <source>{candidate} ({keys})</source>
        <translation>{candidate} ({keys})</translation>
    </message>
    <message>
        <source>statistics ({keys})</source>
        <translation>les statistiques ({keys})</translation>
    </message>
    <message>
        <source>{path}: its files weigh more than {limit} bytes.</source>
        <translation>{path} : ses fichiers pèsent plus de {limit} octets.</translation>
    </message>
    <message>
        <source>Refused: in the results file, {reason}.</source>
        <translation>Refusé : dans le fichier de résultats, {reason}.</translation>
    </message>
    <message>
        <source>{path} is damaged: its archive cannot be read ({reason}).</source>
        <translation>{path} est endommagé : son archive ne peut pas être lue ({reason}).</translation>
    </message>
    <message>
        <source>Refused: the results file holds an unexpected member {name!r}.</source>
        <translation>Refusé : le fichier de résultats contient un élément inattendu, {name!r}.</translation>
    </message>
    <message>
        <source>Refused: {name!r} in the results file is not a plain file.</source>
        <translation>Refusé : {name!r}, dans le fichier de résultats, n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Refused: {name!r} appears twice in the results file.</source>
        <translation>Refusé : {name!r} figure deux fois dans le fichier de résultats.</translation>
    </message>
    <message>
        <source>Refused: the results file holds over {limit} files.</source>
        <translation>Refusé : le fichier de résultats contient plus de {limit} fichiers.</translation>
    </message>
    <message>
        <source>Refused: {name} in the results file is over {limit} bytes.</source>
        <translation>Refusé : {name}, dans le fichier de résultats, dépasse {limit} octets.</translation>
    </message>
    <message>
        <source>Refused: in the results file, {name} should come before {previous}.</source>
        <translation>Refusé : dans le fichier de résultats, {name} devrait précéder {previous}.</translation>
    </message>
    <message>
        <source>This workspace does not know the organiser&apos;s key for the results: re-open the session bundle to record the organiser&apos;s key.</source>
        <translation>Cet espace de travail ne connaît pas la clé de l’organisateur pour les résultats : ouvrez de nouveau le paquet de session pour enregistrer la clé de l’organisateur.</translation>
    </message>
    <message>
        <source>The minutes no longer say what this workspace says about {differences}: export the minutes again and have them co-signed.</source>
        <translation>Le procès-verbal ne dit plus la même chose que cet espace de travail sur {differences} : exportez de nouveau le procès-verbal et faites-le cosigner.</translation>
    </message>
    <message>
        <source>Only the chair sends the results; {name} is a member of this jury.</source>
        <translation>Seule la présidence du jury envoie les résultats ; {name} est membre de ce jury.</translation>
    </message>
    <message>
        <source>Every candidate needs a decision before the results go out; none yet for {names}.</source>
        <translation>Chaque candidat·e doit avoir une décision avant l’envoi des résultats ; aucune pour l’instant pour {names}.</translation>
    </message>
    <message>
        <source>A juror of this session has no certificate here: re-open the session bundle.</source>
        <translation>Un·e juré·e de cette session n’a pas de certificat ici : ouvrez de nouveau le paquet de session.</translation>
    </message>
    <message>
        <source>There are no signed minutes in this workspace: export them (jury-desk minutes export), have them co-signed, or give the co-signed file with --minutes FILE.</source>
        <translation>Cet espace de travail ne contient aucun procès-verbal signé : exportez-le (jury-desk minutes export), faites-le cosigner, ou indiquez le fichier cosigné avec --minutes FICHIER.</translation>
    </message>
    <message>
        <source>The latest minutes (revision {revision}) are not co-signed yet: have the member co-sign them and import their file, or give a co-signed file with --minutes FILE.</source>
        <translation>Le dernier procès-verbal (révision {revision}) n’est pas encore cosigné : faites-le cosigner par le membre du jury et importez son fichier, ou indiquez un fichier cosigné avec --minutes FICHIER.</translation>
    </message>
    <message>
        <source>The minutes do not verify: {problems}.</source>
        <translation>Le procès-verbal ne passe pas la vérification : {problems}.</translation>
    </message>
    <message>
        <source>Refused: only a results file that verified is extracted.</source>
        <translation>Refusé : seul un fichier de résultats vérifié avec succès peut être extrait.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Impossible de lire le fichier de phrase de passe {path} : {reason}.</translation>
    </message>
    <message>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>Le fichier de phrase de passe {path} n’est pas un texte UTF-8.</translation>
    </message>
    <message>
        <source>The passphrase file {path} is empty.</source>
        <translation>Le fichier de phrase de passe {path} est vide.</translation>
    </message>
    <message>
        <source>A passphrase is needed and there is no terminal to ask for it: use {option} FILE.</source>
        <translation>Une phrase de passe est nécessaire et aucun terminal ne permet de la demander : utilisez {option} FICHIER.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>La phrase de passe doit comporter au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message>
        <source>the system keyring ({backend})</source>
        <translation>le trousseau du système ({backend})</translation>
    </message>
    <message>
        <source>The system keyring refused to give a secret: {reason}</source>
        <translation>Le trousseau système a refusé de fournir un secret : {reason}</translation>
    </message>
    <message>
        <source>The system keyring refused to keep a secret: {reason}</source>
        <translation>Le trousseau système a refusé de conserver un secret : {reason}</translation>
    </message>
    <message>
        <source>the passphrase-protected file {path}</source>
        <translation>le fichier protégé par phrase de passe {path}</translation>
    </message>
    <message>
        <source>{path} is damaged: it cannot be decrypted.</source>
        <translation>{path} est endommagé : il ne peut pas être déchiffré.</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path} (or the file is damaged).</source>
        <translation>Phrase de passe incorrecte pour {path} (ou fichier endommagé).</translation>
    </message>
    <message>
        <source>{path} was written by another version of jury-desk.</source>
        <translation>{path} a été écrit par une autre version de jury-desk.</translation>
    </message>
    <message>
        <source>{path} is damaged: its content is not a secrets list.</source>
        <translation>{path} est endommagé : son contenu n’est pas une liste de secrets.</translation>
    </message>
    <message>
        <source>No secure system keyring is available (found {backend}); unset {variable} to keep secrets in a passphrase-protected file instead.</source>
        <translation>Aucun trousseau système sécurisé n’est disponible ({backend} trouvé) ; supprimez la variable {variable} pour conserver plutôt les secrets dans un fichier protégé par phrase de passe.</translation>
    </message>
    <message>
        <source>This bundle is of session {session}, not {stored}.</source>
        <translation>Ce paquet de session concerne la session {session}, et non {stored}.</translation>
    </message>
    <message>
        <source>This bundle is version {version}; the workspace already has version {stored}: an older bundle never replaces a newer one.</source>
        <translation>Ce paquet de session est en version {version} ; l’espace de travail a déjà la version {stored} : un paquet plus ancien ne remplace jamais un paquet plus récent.</translation>
    </message>
    <message>
        <source>This bundle changes the level scale or the list of competencies, on which scores already rest: ask the organiser for a new session instead.</source>
        <translation>Ce paquet de session modifie l’échelle des niveaux ou la liste des compétences, sur lesquelles reposent déjà des notes : demandez plutôt une nouvelle session à l’organisateur.</translation>
    </message>
    <message>
        <source>This bundle removes {name} from the jury, who has assessments here.</source>
        <translation>Ce paquet de session retire du jury {name}, qui a déjà des évaluations ici.</translation>
    </message>
    <message>
        <source>This bundle removes {name}, who has already been assessed here.</source>
        <translation>Ce paquet de session retire {name}, déjà évalué·e ici.</translation>
    </message>
    <message>
        <source>This session has no juror certificates: open its bundle again.</source>
        <translation>Cette session n’a aucun certificat de juré : ouvrez de nouveau son paquet de session.</translation>
    </message>
    <message>
        <source>The authority that issued this session&apos;s certificates is not trusted here.</source>
        <translation>L’autorité qui a délivré les certificats de cette session n’est pas reconnue ici.</translation>
    </message>
    <message>
        <source>a signed scoring sheet</source>
        <translation>une grille d’évaluation signée</translation>
    </message>
    <message>
        <source>no {attachment} attached: not a jury-desk scoring sheet</source>
        <translation>aucun fichier {attachment} joint : ce n’est pas une grille jury-desk</translation>
    </message>
    <message>
        <source>unknown candidate {candidate} in session {session}</source>
        <translation>candidat {candidate} inconnu dans la session {session}</translation>
    </message>
    <message>
        <source>{juror} is not a juror of session {session}</source>
        <translation>{juror} n’est pas juré de la session {session}</translation>
    </message>
    <message>
        <source>signed by someone else than the juror it names ({name})</source>
        <translation>signée par une autre personne que le juré qu’elle désigne ({name})</translation>
    </message>
    <message>
        <source>unknown session {session}</source>
        <translation>session {session} inconnue</translation>
    </message>
    <message>
        <source>The scoring sheet data</source>
        <translation>Le contenu de la grille</translation>
    </message>
    <message>
        <source>There is no juror {juror!r} in this session.</source>
        <translation>Il n’y a pas de juré {juror!r} dans cette session.</translation>
    </message>
    <message>
        <source>This workspace holds no assessment of {candidate} by {juror}.</source>
        <translation>Cet espace de travail ne contient aucune évaluation de {candidate} par {juror}.</translation>
    </message>
    <message>
        <source>The scoring sheet data is not valid at {where}: {why}</source>
        <translation>Le contenu de la grille n’est pas valide en {where} : {why}</translation>
    </message>
    <message>
        <source>{found!r} should be {expected!r}</source>
        <translation>{found!r} devrait être {expected!r}</translation>
    </message>
    <message>
        <source>{code} appears twice</source>
        <translation>{code} apparaît deux fois</translation>
    </message>
    <message>
        <source>level {rank} is {label!r} on the scale</source>
        <translation>le niveau {rank} est {label!r} dans l’échelle</translation>
    </message>
    <message>
        <source>the interview ends before it starts</source>
        <translation>l’entretien se termine avant d’avoir commencé</translation>
    </message>
    <message>
        <source>The scoring sheet data is not consistent at {where}: {why}</source>
        <translation>Le contenu de la grille n’est pas cohérent en {where} : {why}</translation>
    </message>
    <message>
        <source>The sheet for {candidate} is already signed (version {version}): export it, or edit it to make version {next}.</source>
        <translation>La grille de {candidate} est déjà signée (version {version}) : exportez-la, ou modifiez-la pour créer la version {next}.</translation>
    </message>
    <message>
        <source>not scored: {codes}</source>
        <translation>compétences non notées : {codes}</translation>
    </message>
    <message>
        <source>comment required below a passing level: {codes}</source>
        <translation>commentaire obligatoire (niveau non acquis) pour : {codes}</translation>
    </message>
    <message>
        <source>a recusal needs the statement of the conflict of interest</source>
        <translation>une récusation exige de préciser la nature du conflit d’intérêts</translation>
    </message>
    <message>
        <source>The sheet for {candidate} cannot be signed yet ({problems}).</source>
        <translation>La grille de {candidate} ne peut pas encore être signée ({problems}).</translation>
    </message>
    <message>
        <source>no sheet data</source>
        <translation>aucune donnée de grille</translation>
    </message>
    <message>
        <source>a sheet of session {sheet_session}, this workspace is {session}</source>
        <translation>grille de la session {sheet_session}, alors que cet espace de travail est celui de la session {session}</translation>
    </message>
    <message>
        <source>your own sheet: your sheets are already in this workspace</source>
        <translation>votre propre grille : vos grilles sont déjà dans cet espace de travail</translation>
    </message>
    <message>
        <source>{juror} is not a juror of this workspace</source>
        <translation>{juror} n’est pas juré dans cet espace de travail</translation>
    </message>
    <message>
        <source>unknown candidate {candidate} in this workspace</source>
        <translation>candidat {candidate} inconnu dans cet espace de travail</translation>
    </message>
    <message>
        <source>its competencies are not those of this session</source>
        <translation>ses compétences ne sont pas celles de cette session</translation>
    </message>
    <message>
        <source>its level scale is not the one of this session</source>
        <translation>son échelle de niveaux n’est pas celle de cette session</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importée</translation>
    </message>
    <message>
        <source>another sheet with version {version} is already here: ask {name} which one counts</source>
        <translation>une autre grille de version {version} est déjà présente : demandez à {name} laquelle fait foi</translation>
    </message>
    <message>
        <source>version {version} is already here and stays</source>
        <translation>la version {version} est déjà présente et reste en vigueur</translation>
    </message>
    <message>
        <source>replaces version {version}</source>
        <translation>remplace la version {version}</translation>
    </message>
    <message>
        <source>This workspace holds no certificate for you: open the bundle again.</source>
        <translation>Cet espace de travail ne contient aucun certificat à votre nom : ouvrez de nouveau le paquet de session.</translation>
    </message>
    <message>
        <source>Your key is not the one your certificate was issued for: use the identity you enrolled with.</source>
        <translation>Votre clé n’est pas celle pour laquelle votre certificat a été délivré : utilisez l’identité de votre inscription.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF (damaged or truncated: {reason}).</source>
        <translation>Le fichier n’est pas un PDF lisible (endommagé ou tronqué : {reason}).</translation>
    </message>
    <message>
        <source>The file is not a readable PDF (no PDF header: not a PDF document).</source>
        <translation>Le fichier n’est pas un PDF lisible (pas d’en-tête PDF : ce n’est pas un document PDF).</translation>
    </message>
    <message>
        <source>The document already has a signature field “{field}”.</source>
        <translation>Le document a déjà un champ de signature « {field} ».</translation>
    </message>
    <message>
        <source>The document cannot be signed: {reason}</source>
        <translation>Le document ne peut pas être signé : {reason}</translation>
    </message>
    <message>
        <source>The signing key does not match the signer&apos;s certificate.</source>
        <translation>La clé de signature ne correspond pas au certificat du signataire.</translation>
    </message>
    <message>
        <source>The document carries {found} signatures where exactly one is expected.</source>
        <translation>Le document porte {found} signatures alors qu’une seule est attendue.</translation>
    </message>
    <message>
        <source>The document carries no signature where at least 1 signature is expected.</source>
        <translation>Le document ne porte aucune signature alors qu’au moins une signature est attendue.</translation>
    </message>
    <message>
        <source>The document carries no signature where at least {expected} signatures are expected.</source>
        <translation>Le document ne porte aucune signature alors qu’au moins {expected} signatures sont attendues.</translation>
    </message>
    <message>
        <source>The document carries 1 signature where at least {expected} signatures are expected.</source>
        <translation>Le document porte 1 signature alors qu’au moins {expected} signatures sont attendues.</translation>
    </message>
    <message>
        <source>The document carries {found} signatures where at least {expected} signatures are expected.</source>
        <translation>Le document porte {found} signatures alors qu’au moins {expected} signatures sont attendues.</translation>
    </message>
    <message>
        <source>The PDF file is truncated: the signature “{field}” covers bytes beyond its end.</source>
        <translation>Le fichier PDF est tronqué : la signature « {field} » couvre des octets au-delà de sa fin.</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} does not cover the whole file: bytes beside the signature value in /Contents are not signed.</source>
        <translation>La signature « {field} » de {signer} ne couvre pas tout le fichier : des octets à côté de la valeur de signature dans /Contents ne sont pas signés.</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} is refused: {reason}</source>
        <translation>La signature « {field} » apposée par {signer} est refusée : {reason}</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} does not match the document: the signed content was changed.</source>
        <translation>La signature « {field} » apposée par {signer} ne correspond pas au document : le contenu signé a été modifié.</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} is not a valid signature of the signer&apos;s key.</source>
        <translation>La signature « {field} » apposée par {signer} n’est pas une signature valide de la clé du signataire.</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} states no signing time.</source>
        <translation>La signature « {field} » apposée par {signer} n’indique aucune heure de signature.</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} does not lead to the organiser authority ({reason}).</source>
        <translation>La signature « {field} » apposée par {signer} ne remonte pas à l’autorité de l’organisateur ({reason}).</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} does not cover the whole file: something was added after it (modification level {level}).</source>
        <translation>La signature « {field} » apposée par {signer} ne couvre pas tout le fichier : quelque chose a été ajouté après elle (niveau de modification {level}).</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} does not cover a whole revision of the document.</source>
        <translation>La signature « {field} » apposée par {signer} ne couvre pas une révision entière du document.</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} is followed by a revision that is not a signature.</source>
        <translation>La signature « {field} » apposée par {signer} est suivie d’une révision qui n’est pas une signature.</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} is followed by changes other than signatures (modification level {level}).</source>
        <translation>La signature « {field} » apposée par {signer} est suivie de modifications autres que des signatures (niveau de modification {level}).</translation>
    </message>
    <message>
        <source>The signature “{field}” of {signer} is not accepted by the validator ({summary}).</source>
        <translation>La signature « {field} » apposée par {signer} n’est pas acceptée par le validateur ({summary}).</translation>
    </message>
    <message>
        <source>no path to the authority</source>
        <translation>aucun chemin de certification jusqu’à l’autorité</translation>
    </message>
    <message>
        <source>The workspace {path} is read-only: check the folder&apos;s permissions.</source>
        <translation>L’espace de travail {path} est en lecture seule : vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>Cannot open the workspace {path}: wrong key, or the file is not a jury-desk workspace.</source>
        <translation>Impossible d’ouvrir l’espace de travail {path} : la clé est incorrecte, ou le fichier n’est pas un espace de travail jury-desk.</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged ({detail}); restore it from a backup.</source>
        <translation>L’espace de travail {path} est endommagé ({detail}) ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: free some space; nothing already saved is lost.</source>
        <translation>Le disque qui contient {path} est plein : libérez de l’espace ; rien de ce qui est déjà enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>The workspace {path} is in use by another program: close it and try again.</source>
        <translation>L’espace de travail {path} est utilisé par un autre programme : fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Cannot open the workspace {path}: check that the folder exists and is writable.</source>
        <translation>Impossible d’ouvrir l’espace de travail {path} : vérifiez que le dossier existe et qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot lock the workspace {path} ({detail}): check that its folder is writable and that nothing else took the name of its lock file.</source>
        <translation>Impossible de verrouiller l’espace de travail {path} ({detail}) : vérifiez que son dossier est accessible en écriture et que rien d’autre n’a pris le nom de son fichier de verrou.</translation>
    </message>
    <message>
        <source>The workspace {path} is already open in another jury-desk window or command: close it there first.</source>
        <translation>L’espace de travail {path} est déjà ouvert dans une autre fenêtre ou commande jury-desk : fermez-le d’abord à cet endroit.</translation>
    </message>
    <message>
        <source>The workspace {path} was written by a newer version of jury-desk (schema {revision}); install the newer version to open it.</source>
        <translation>L’espace de travail {path} a été écrit par une version plus récente de jury-desk (schéma {revision}) ; installez cette version pour l’ouvrir.</translation>
    </message>
    <message>
        <source>A workspace already exists at {path}.</source>
        <translation>Un espace de travail existe déjà à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>There is no workspace at {path}.</source>
        <translation>Il n’y a pas d’espace de travail à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged: {detail}; restore it from a backup.</source>
        <translation>L’espace de travail {path} est endommagé : {detail} ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>An organiser authority must be valid for at least one year.</source>
        <translation>Une autorité de l’organisateur doit être valable au moins un an.</translation>
    </message>
    <message>
        <source>An organiser authority already exists in {folder}.</source>
        <translation>Une autorité de l’organisateur existe déjà dans {folder}.</translation>
    </message>
    <message>
        <source>The organiser&apos;s signing key</source>
        <translation>La clé de signature de l’organisateur</translation>
    </message>
    <message>
        <source>The organiser&apos;s signing key in {store} does not match the certificate {path}.</source>
        <translation>La clé de signature de l’organisateur ({store}) ne correspond pas au certificat {path}.</translation>
    </message>
    <message>
        <source>The organiser&apos;s age key</source>
        <translation>La clé age de l’organisateur</translation>
    </message>
    <message>
        <source>The organiser&apos;s age key in {store} does not match {path}.</source>
        <translation>La clé age de l’organisateur ({store}) ne correspond pas à {path}.</translation>
    </message>
    <message>
        <source>{path} is damaged: it is not an age recipient.</source>
        <translation>{path} est endommagé : ce n’est pas un destinataire age.</translation>
    </message>
    <message>
        <source>No organiser authority in {folder}: create one first.</source>
        <translation>Aucune autorité de l’organisateur dans {folder} : créez-en une d’abord.</translation>
    </message>
    <message>
        <source>authority certificate</source>
        <translation>certificat de l’autorité</translation>
    </message>
    <message>
        <source>text of the means of recourse</source>
        <translation>texte des voies de recours</translation>
    </message>
    <message>
        <source>{path} is damaged: it is not a certificate.</source>
        <translation>{path} est endommagé : ce n’est pas un certificat.</translation>
    </message>
    <message>
        <source>The end of the certificate&apos;s validity is not after its start.</source>
        <translation>La fin de validité du certificat n’est pas postérieure à son début.</translation>
    </message>
    <message>
        <source>The certificate cannot start before its authority, valid from {start}.</source>
        <translation>Le certificat ne peut pas commencer avant son autorité, valable à partir du {start}.</translation>
    </message>
    <message>
        <source>The certificate cannot last beyond its authority, valid until {end}.</source>
        <translation>Le certificat ne peut pas durer au-delà de son autorité, valable jusqu’au {end}.</translation>
    </message>
    <message>
        <source>The authority&apos;s certificate does not hold an ECDSA key.</source>
        <translation>Le certificat de l’autorité ne contient pas de clé ECDSA.</translation>
    </message>
    <message>
        <source>an enrolment request</source>
        <translation>une demande d’enrôlement</translation>
    </message>
    <message>
        <source>The enrolment request of {name!r} is refused because {problem}.</source>
        <translation>La demande d’enrôlement de {name!r} est refusée car {problem}.</translation>
    </message>
    <message>
        <source>{source}: {problem}.</source>
        <translation>{source} : {problem}.</translation>
    </message>
    <message>
        <source>{source}: the enrolment request is refused because {problem}.</source>
        <translation>{source} : la demande d’enrôlement est refusée car {problem}.</translation>
    </message>
    <message>
        <source>its key is not an ECDSA P-256 key</source>
        <translation>sa clé n’est pas une clé ECDSA P-256</translation>
    </message>
    <message>
        <source>the signature of its certificate request is not valid</source>
        <translation>la signature de sa demande de certificat n’est pas valide</translation>
    </message>
    <message>
        <source>its age recipient is not a valid age public key</source>
        <translation>son destinataire age n’est pas une clé publique age valide</translation>
    </message>
    <message>
        <source>its name differs from the name in its certificate request</source>
        <translation>son nom diffère du nom figurant dans sa demande de certificat</translation>
    </message>
    <message>
        <source>its email address differs from the one in its certificate request</source>
        <translation>son adresse électronique diffère de celle figurant dans sa demande de certificat</translation>
    </message>
    <message>
        <source>its email address or age recipient differs from its certificate request</source>
        <translation>son adresse électronique ou son destinataire age diffère de sa demande de certificat</translation>
    </message>
    <message>
        <source>the file is too large to be an enrolment request</source>
        <translation>le fichier est trop volumineux pour être une demande d’enrôlement</translation>
    </message>
    <message>
        <source>the file is not an enrolment request: {reason}</source>
        <translation>le fichier n’est pas une demande d’enrôlement : {reason}</translation>
    </message>
    <message>
        <source>the file is not a jury-desk enrolment request</source>
        <translation>le fichier n’est pas une demande d’enrôlement jury-desk</translation>
    </message>
    <message>
        <source>the enrolment request has version {version!r}, expected {expected}</source>
        <translation>la demande d’enrôlement est en version {version!r}, la version attendue est {expected}</translation>
    </message>
    <message>
        <source>the enrolment request has no “{field}” text field</source>
        <translation>la demande d’enrôlement n’a pas de champ texte « {field} »</translation>
    </message>
    <message>
        <source>the certificate request in the enrolment request is damaged</source>
        <translation>la demande de certificat contenue dans la demande d’enrôlement est endommagée</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the name begins or ends with spaces</source>
        <translation>le nom commence ou se termine par des espaces</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>le nom dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the name contains control characters</source>
        <translation>le nom contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>“{email}” is not an email address of the form name@domain</source>
        <translation>« {email} » n’est pas une adresse électronique de la forme nom@domaine</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Le nom est vide.</translation>
    </message>
    <message>
        <source>The name begins or ends with spaces.</source>
        <translation>Le nom commence ou se termine par des espaces.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>Le nom dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>Le nom contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address of the form name@domain.</source>
        <translation>« {email} » n’est pas une adresse électronique de la forme nom@domaine.</translation>
    </message>
    <message>
        <source>A juror identity already exists in {folder}.</source>
        <translation>Une identité de juré existe déjà dans {folder}.</translation>
    </message>
    <message>
        <source>The juror&apos;s signing key</source>
        <translation>La clé de signature du juré</translation>
    </message>
    <message>
        <source>The juror&apos;s age key</source>
        <translation>La clé age du juré</translation>
    </message>
    <message>
        <source>The juror&apos;s signing key in {store} does not match {path}.</source>
        <translation>La clé de signature du juré ({store}) ne correspond pas à {path}.</translation>
    </message>
    <message>
        <source>The juror&apos;s age key in {store} does not match {path}.</source>
        <translation>La clé age du juré ({store}) ne correspond pas à {path}.</translation>
    </message>
    <message>
        <source>No juror identity in {folder} yet.</source>
        <translation>Pas encore d’identité de juré·e dans {folder}.</translation>
    </message>
    <message>
        <source>{path} is damaged: it is not JSON.</source>
        <translation>{path} est endommagé : ce n’est pas du JSON.</translation>
    </message>
    <message>
        <source>{path} is damaged: a field of the juror identity is missing.</source>
        <translation>{path} est endommagé : il manque un champ de l’identité du juré.</translation>
    </message>
    <message>
        <source>The stored age identity is damaged: it is not an age key.</source>
        <translation>L’identité age conservée est endommagée : ce n’est pas une clé age.</translation>
    </message>
    <message>
        <source>The stored signing key is damaged: it is not a private key.</source>
        <translation>La clé de signature conservée est endommagée : ce n’est pas une clé privée.</translation>
    </message>
    <message>
        <source>The stored signing key is not an ECDSA P-256 key.</source>
        <translation>La clé de signature conservée n’est pas une clé ECDSA P-256.</translation>
    </message>
    <message>
        <source>{what} is missing from {store}.</source>
        <translation>{what} est introuvable ({store}).</translation>
    </message>
    <message>
        <source>The organiser authority {name} is valid from {start} to {end}, not at {at}.</source>
        <translation>L’autorité de l’organisateur {name} est valable du {start} au {end}, et non le {at}.</translation>
    </message>
    <message>
        <source>The organiser authority {name} has malformed extensions.</source>
        <translation>L’autorité de l’organisateur {name} a des extensions mal formées.</translation>
    </message>
    <message>
        <source>The organiser authority {name} has a critical extension jury-desk does not know.</source>
        <translation>L’autorité de l’organisateur {name} comporte une extension critique que jury-desk ne connaît pas.</translation>
    </message>
    <message>
        <source>The organiser authority {name} does not hold an ECDSA P-256 key.</source>
        <translation>L’autorité de l’organisateur {name} ne contient pas de clé ECDSA P-256.</translation>
    </message>
    <message>
        <source>The organiser authority {name} is not validly self-signed.</source>
        <translation>L’autorité de l’organisateur {name} n’est pas valablement auto-signée.</translation>
    </message>
    <message>
        <source>The organiser authority {name} is not marked as a certificate authority.</source>
        <translation>L’autorité de l’organisateur {name} n’est pas marquée comme autorité de certification.</translation>
    </message>
    <message>
        <source>The organiser authority {name} is not allowed to sign certificates.</source>
        <translation>L’autorité de l’organisateur {name} n’est pas autorisée à signer des certificats.</translation>
    </message>
    <message>
        <source>The certificate of {name} was not issued by the organiser authority {authority}.</source>
        <translation>Le certificat de {name} n’a pas été délivré par l’autorité de l’organisateur {authority}.</translation>
    </message>
    <message>
        <source>The certificate of {name} has malformed extensions.</source>
        <translation>Le certificat de {name} a des extensions mal formées.</translation>
    </message>
    <message>
        <source>The certificate of {name} has a critical extension jury-desk does not know.</source>
        <translation>Le certificat de {name} comporte une extension critique que jury-desk ne connaît pas.</translation>
    </message>
    <message>
        <source>The certificate of {name} is valid from {start} to {end}, not at {at}.</source>
        <translation>Le certificat de {name} est valable du {start} au {end}, et non le {at}.</translation>
    </message>
    <message>
        <source>The certificate of {name} is a certificate authority, not a juror&apos;s certificate.</source>
        <translation>Le certificat de {name} est une autorité de certification, et non le certificat d’un juré.</translation>
    </message>
    <message>
        <source>The certificate of {name} is not allowed to make signatures.</source>
        <translation>Le certificat de {name} n’est pas autorisé à produire des signatures.</translation>
    </message>
    <message>
        <source>The certificate of {name} does not hold an ECDSA P-256 key.</source>
        <translation>Le certificat de {name} ne contient pas de clé ECDSA P-256.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not hold an ECDSA key.</source>
        <translation>Le certificat du signataire ne contient pas de clé ECDSA.</translation>
    </message>
    <message>
        <source>The signature does not match the signed data and signer.</source>
        <translation>La signature ne correspond pas aux données signées et au signataire.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>A workspace for the session {session} already exists at {path}.</source>
        <translation>Un espace de travail pour la session {session} existe déjà à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>The key of the workspace {session} is not in {store}: open the session&apos;s bundle again to make a new workspace.</source>
        <translation>La clé de l’espace de travail {session} ne se trouve pas dans {store} : ouvrez de nouveau le paquet de session pour créer un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>a signed sheet or co-signed minutes</source>
        <translation>une grille signée ou un procès-verbal cosigné</translation>
    </message>
    <message>
        <source>minutes of session {session}, this is {this}</source>
        <translation>procès-verbal de la session {session}, alors que celle-ci est {this}</translation>
    </message>
    <message>
        <source>revision {revision} of the minutes was not signed here</source>
        <translation>la révision {revision} du procès-verbal n’a pas été signée ici</translation>
    </message>
    <message>
        <source>the chair&apos;s revision in it is not revision {revision} as signed here</source>
        <translation>la révision de la présidence qu’il contient n’est pas la révision {revision} signée ici</translation>
    </message>
    <message>
        <source>already in</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <source>another co-signed copy of this revision is already kept and stays</source>
        <translation>un autre exemplaire cosigné de cette révision est déjà gardé et reste en place</translation>
    </message>
    <message>
        <source>revision {latest} is newer: have it co-signed too</source>
        <translation>la révision {latest} est plus récente : faites-la cosigner aussi</translation>
    </message>
    <message>
        <source>an identity backup</source>
        <translation>une sauvegarde d’identité</translation>
    </message>
    <message>
        <source>Wrong passphrase for this identity backup.</source>
        <translation>Phrase de passe incorrecte pour cette sauvegarde d’identité.</translation>
    </message>
    <message>
        <source>This identity backup has version {version}; this jury-desk reads version {supported}: install a newer jury-desk.</source>
        <translation>Cette sauvegarde d’identité est en version {version} ; cette version de jury-desk lit la version {supported} : installez une version plus récente de jury-desk.</translation>
    </message>
    <message>
        <source>This file is not a jury-desk identity backup.</source>
        <translation>Ce fichier n’est pas une sauvegarde d’identité jury-desk.</translation>
    </message>
    <message>
        <source>{name}: you signed a sheet, but these minutes do not name them.</source>
        <translation>{name} : vous avez signé une grille, mais ce procès-verbal ne mentionne pas cette candidature.</translation>
    </message>
    <message>
        <source>{name}: the minutes say absent, but you signed a sheet.</source>
        <translation>{name} : le procès-verbal indique « absence à l’entretien », mais vous avez signé une grille.</translation>
    </message>
    <message>
        <source>{name}: the minutes say postponed, but you signed a sheet.</source>
        <translation>{name} : le procès-verbal indique « décision reportée », mais vous avez signé une grille.</translation>
    </message>
    <message>
        <source>{name}, {code}: the minutes retain « {retained} » without a casting vote, your signed sheet says « {mine} ».</source>
        <translation>{name}, {code} : le procès-verbal retient « {retained} » sans voix prépondérante, votre grille signée dit « {mine} ».</translation>
    </message>
    <message>
        <source>Refused: there is no folder {parent} to make {path} in.</source>
        <translation>Refusé : il n’existe pas de dossier {parent} dans lequel créer {path}.</translation>
    </message>
    <message>
        <source>Refused: {path} is a link; give a new folder or an empty one.</source>
        <translation>Refusé : {path} est un lien ; indiquez un nouveau dossier ou un dossier vide.</translation>
    </message>
    <message>
        <source>Refused: {path} is not a folder; give a new folder or an empty one.</source>
        <translation>Refusé : {path} n’est pas un dossier ; indiquez un nouveau dossier ou un dossier vide.</translation>
    </message>
    <message>
        <source>Refused: the folder {path} is not empty; give a new folder or an empty one.</source>
        <translation>Refusé : le dossier {path} n’est pas vide ; indiquez un nouveau dossier ou un dossier vide.</translation>
    </message>
    <message>
        <source>Refused: {name!r} is not a plain file name.</source>
        <translation>Refusé : {name!r} n’est pas un simple nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write into {path}: {reason}.</source>
        <translation>Impossible d’écrire dans {path} : {reason}.</translation>
    </message>
    <message>
        <source>it is over {limit} bytes</source>
        <translation>sa taille dépasse {limit} octets</translation>
    </message>
    <message>
        <source>it is not JSON (not UTF-8 text)</source>
        <translation>ce n’est pas du JSON (pas du texte UTF-8)</translation>
    </message>
    <message>
        <source>it nests deeper than {limit} levels</source>
        <translation>son imbrication dépasse {limit} niveaux</translation>
    </message>
    <message>
        <source>it is not JSON ({reason})</source>
        <translation>ce n’est pas du JSON ({reason})</translation>
    </message>
    <message>
        <source>it holds the integer {value}, out of range</source>
        <translation>l’entier {value} y est hors limites</translation>
    </message>
    <message>
        <source>it holds the key {key!r} twice in one object</source>
        <translation>la clé {key!r} y figure deux fois dans un même objet</translation>
    </message>
    <message>
        <source>it holds a number longer than {limit} characters</source>
        <translation>un nombre y dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>it holds {value}, which is not a finite number</source>
        <translation>{value} y figure, qui n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>it holds text that is not valid Unicode</source>
        <translation>un texte n’y est pas de l’Unicode valide</translation>
    </message>
    <message>
        <source>{name!r} has {form}: only POSIX ustar and pax headers are accepted</source>
        <translation>{name!r} comporte {form} : seuls les en-têtes POSIX ustar et pax sont acceptés</translation>
    </message>
    <message>
        <source>a number in base-256, a GNU extension</source>
        <translation>un nombre en base 256, une extension GNU</translation>
    </message>
    <message>
        <source>a header that is not POSIX ustar</source>
        <translation>un en-tête qui n’est pas POSIX ustar</translation>
    </message>
    <message>
        <source>a pax header of over {limit} bytes</source>
        <translation>un en-tête pax de plus de {limit} octets</translation>
    </message>
    <message>
        <source>a GNU long name</source>
        <translation>un nom long GNU</translation>
    </message>
    <message>
        <source>the tar type {type!r}</source>
        <translation>le type tar {type!r}</translation>
    </message>
    <message>
        <source>the pax record {keyword!r}</source>
        <translation>l’enregistrement pax {keyword!r}</translation>
    </message>
    <message>
        <source>a malformed pax record {keyword!r}</source>
        <translation>un enregistrement pax {keyword!r} mal formé</translation>
    </message>
    <message>
        <source>GNU sparse records</source>
        <translation>des enregistrements GNU de fichier creux</translation>
    </message>
    <message>
        <source>The document carries an action of type {kind} (object {number}): jury-desk refuses active content.</source>
        <translation>Le document contient une action de type {kind} (objet {number}) : jury-desk refuse le contenu actif.</translation>
    </message>
    <message>
        <source>The document carries JavaScript (object {number}): jury-desk refuses active content.</source>
        <translation>Le document contient du JavaScript (objet {number}) : jury-desk refuse le contenu actif.</translation>
    </message>
    <message>
        <source>The document carries an annotation of type {kind} (object {number}): jury-desk refuses active content and embedded files.</source>
        <translation>Le document contient une annotation de type {kind} (objet {number}) : jury-desk refuse le contenu actif et les fichiers incorporés.</translation>
    </message>
    <message>
        <source>The document carries an embedded file other than its data {attachment} (object {number}): jury-desk refuses embedded files.</source>
        <translation>Le document contient un fichier incorporé autre que ses données {attachment} (objet {number}) : jury-desk refuse les fichiers incorporés.</translation>
    </message>
    <message>
        <source>{what} is refused: {reason}</source>
        <translation>{what} — refus : {reason}</translation>
    </message>
    <message>
        <source>{what} has schema version {found}, this jury-desk reads version {version}: install a newer jury-desk.</source>
        <translation>{what} — version de schéma {found} ; cette version de jury-desk lit la version {version} : installez une version plus récente de jury-desk.</translation>
    </message>
    <message>
        <source>{what} is not valid {problem}</source>
        <translation>{what} — non conforme au schéma ({problem})</translation>
    </message>
    <message>
        <source>--map {text}: {field} is not a field to map.</source>
        <translation>--map {text} : {field} n’est pas un champ qui peut être associé à une colonne.</translation>
    </message>
    <message>
        <source>Importing needs a confirmation: run in a terminal, or add --yes.</source>
        <translation>L’importation demande une confirmation : lancez la commande dans un terminal, ou ajoutez --yes.</translation>
    </message>
    <message>
        <source>The registry&apos;s journal is broken at entry {seq}: it was altered outside jury-desk.</source>
        <translation>Le journal du registre est rompu à l’entrée {seq} : il a été modifié en dehors de jury-desk.</translation>
    </message>
    <message>
        <source>Give --passphrase-file or --passphrase-words, not both.</source>
        <translation>Indiquez --passphrase-file ou --passphrase-words, pas les deux.</translation>
    </message>
    <message>
        <source>There is no juror {id} in the registry.</source>
        <translation>Il n’y a pas de juré·e {id} dans le registre.</translation>
    </message>
    <message>
        <source>--sitting {text}: write it DAY,HH:MM-HH:MM (2027-05-18,09:00-12:30).</source>
        <translation>--sitting {text} : écrivez la séance sous la forme JOUR,HH:MM-HH:MM (2027-05-18,09:00-12:30).</translation>
    </message>
    <message>
        <source>The time zone &apos;{zone}&apos; of {candidate}&apos;s interview is unknown.</source>
        <translation>Le fuseau horaire « {zone} » de l’entretien de {candidate} est inconnu.</translation>
    </message>
    <message>
        <source>{candidate}&apos;s interview lasts {minutes} minutes: give a positive duration.</source>
        <translation>L’entretien de {candidate} dure {minutes} minutes : indiquez une durée positive.</translation>
    </message>
    <message>
        <source>{candidate}&apos;s interview has neither a place nor a video link.</source>
        <translation>L’entretien de {candidate} n’a ni lieu ni lien de visioconférence.</translation>
    </message>
    <message>
        <source>a candidate&apos;s attachment</source>
        <translation>une pièce de candidature</translation>
    </message>
    <message>
        <source>{source} is neither a folder nor a ZIP archive.</source>
        <translation>{source} n’est ni un dossier ni une archive ZIP.</translation>
    </message>
    <message>
        <source>{source} holds more than {limit} files and folders.</source>
        <translation>{source} contient plus de {limit} fichiers et dossiers.</translation>
    </message>
    <message>
        <source>{source} holds a link, {name}: links are refused.</source>
        <translation>{source} contient un lien, {name} : les liens sont refusés.</translation>
    </message>
    <message>
        <source>{source} holds {name}, which is not an ordinary file.</source>
        <translation>{source} contient {name}, qui n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{source} holds more than the {cap} allowed in all.</source>
        <translation>Le contenu de {source} dépasse les {cap} admis au total.</translation>
    </message>
    <message>
        <source>Cannot read {source} ({reason}).</source>
        <translation>Impossible de lire {source} ({reason}).</translation>
    </message>
    <message>
        <source>application reference</source>
        <translation>référence de candidature</translation>
    </message>
    <message>
        <source>birth name</source>
        <translation>nom de naissance</translation>
    </message>
    <message>
        <source>usage name</source>
        <translation>nom d’usage</translation>
    </message>
    <message>
        <source>first names</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>INSEE code of the birth commune</source>
        <translation>code INSEE de la commune de naissance</translation>
    </message>
    <message>
        <source>postal code of birth</source>
        <translation>code postal de naissance</translation>
    </message>
    <message>
        <source>commune of birth</source>
        <translation>commune de naissance</translation>
    </message>
    <message>
        <source>country code of birth</source>
        <translation>code pays de naissance</translation>
    </message>
    <message>
        <source>country of birth</source>
        <translation>pays de naissance</translation>
    </message>
    <message>
        <source>social security number</source>
        <translation>numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>start-up</translation>
    </message>
    <message>
        <source>incubator</source>
        <translation>incubateur</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>link to the service</source>
        <translation>lien vers le service</translation>
    </message>
    <message>
        <source>link to the product sheet</source>
        <translation>lien vers la fiche produit</translation>
    </message>
    <message>
        <source>a candidates&apos; spreadsheet</source>
        <translation>un tableur de candidatures</translation>
    </message>
    <message>
        <source>The remembered column mapping is not readable.</source>
        <translation>La correspondance des colonnes mémorisée est illisible.</translation>
    </message>
    <message>
        <source>The remembered column mapping names an unknown field, {name}.</source>
        <translation>La correspondance des colonnes mémorisée désigne un champ inconnu, {name}.</translation>
    </message>
    <message>
        <source>The remembered column mapping has no header for {field}.</source>
        <translation>La correspondance des colonnes mémorisée n’indique aucun en-tête pour le champ {field}.</translation>
    </message>
    <message>
        <source>{source} has no column « {header} », chosen for the {field}.</source>
        <translation>{source} n’a pas de colonne « {header} », choisie pour le champ {field}.</translation>
    </message>
    <message>
        <source>{source} holds an entry with an unsafe name, {name}: {reason}.</source>
        <translation>{source} contient un élément dont le nom n’est pas sûr, {name} : {reason}.</translation>
    </message>
    <message>
        <source>an empty name</source>
        <translation>un nom vide</translation>
    </message>
    <message>
        <source>a name too long</source>
        <translation>un nom trop long</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>un chemin absolu</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>une barre oblique inversée</translation>
    </message>
    <message>
        <source>a drive letter</source>
        <translation>une lettre de lecteur</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <source>a parent folder (..)</source>
        <translation>un dossier parent (..)</translation>
    </message>
    <message>
        <source>an empty folder name</source>
        <translation>un nom de dossier vide</translation>
    </message>
    <message>
        <source>{source} holds two entries that differ only by case or accents: {first} and {second}.</source>
        <translation>{source} contient deux éléments qui ne diffèrent que par la casse ou les accents : {first} et {second}.</translation>
    </message>
    <message>
        <source>{source} has a sheet of {rows} rows by {columns} columns, over the {max_rows} rows, {max_columns} columns or {cells} cells allowed.</source>
        <translation>{source} contient une feuille de {rows} lignes sur {columns} colonnes, au-delà des limites admises ({max_rows} lignes, {max_columns} colonnes ou {cells} cellules).</translation>
    </message>
    <message>
        <source>{source} is damaged: its XML is not readable ({reason}).</source>
        <translation>{source} est endommagé : son XML est illisible ({reason}).</translation>
    </message>
    <message>
        <source>{source} is not a spreadsheet jury-desk reads (CSV, XLSX or ODS).</source>
        <translation>{source} n’est pas un tableur que jury-desk sait lire (CSV, XLSX ou ODS).</translation>
    </message>
    <message>
        <source>{source} is not a readable CSV file ({reason}).</source>
        <translation>{source} n’est pas un fichier CSV lisible ({reason}).</translation>
    </message>
    <message>
        <source>{source} is not a readable {kind} file ({reason}).</source>
        <translation>{source} n’est pas un fichier {kind} lisible ({reason}).</translation>
    </message>
    <message>
        <source>{source} has more than {limit} rows of candidates.</source>
        <translation>{source} contient plus de {limit} lignes de candidatures.</translation>
    </message>
    <message>
        <source>{source} has no header row: the file is empty.</source>
        <translation>{source} n’a pas de ligne d’en-tête : le fichier est vide.</translation>
    </message>
    <message>
        <source>{source}, line {line}: more than {limit} columns.</source>
        <translation>{source}, ligne {line} : plus de {limit} colonnes.</translation>
    </message>
    <message>
        <source>{source}, line {line}, column {column}: a cell of more than {limit} characters.</source>
        <translation>{source}, ligne {line}, colonne {column} : une cellule de plus de {limit} caractères.</translation>
    </message>
    <message>
        <source>{source} is not a readable ZIP archive ({reason}).</source>
        <translation>{source} n’est pas une archive ZIP lisible ({reason}).</translation>
    </message>
    <message>
        <source>{source} holds an encrypted entry, {name}: encrypted files are refused.</source>
        <translation>{source} contient un élément chiffré, {name} : les fichiers chiffrés sont refusés.</translation>
    </message>
    <message>
        <source>{source} holds {name}, compressed with a method other than deflate.</source>
        <translation>{source} contient {name}, compressé selon une autre méthode que deflate.</translation>
    </message>
    <message>
        <source>{source}: {name} unpacks to more than the {cap} allowed for one file.</source>
        <translation>{source} : {name}, une fois décompressé, dépasse les {cap} admis pour un fichier.</translation>
    </message>
    <message>
        <source>{source} unpacks to more than the {cap} allowed in all.</source>
        <translation>{source}, une fois décompressé, dépasse les {cap} admis au total.</translation>
    </message>
    <message>
        <source>{source} lists {count} entries, over the {limit} allowed.</source>
        <translation>{source} répertorie {count} éléments, au-delà des {limit} admis.</translation>
    </message>
    <message>
        <source>{name} is not enrolled yet: accept their request in the enrolment inbox first.</source>
        <translation>{name} n’est pas encore enrôlé·e : acceptez d’abord sa demande parmi les demandes d’enrôlement reçues.</translation>
    </message>
    <message>
        <source>No candidate is placed with {jury} yet.</source>
        <translation>Aucun·e candidat·e n’est encore placé·e auprès de {jury}.</translation>
    </message>
    <message>
        <source>A candidate needs at least a birth name and a first name.</source>
        <translation>Un·e candidat·e doit avoir au moins un nom de naissance et un prénom.</translation>
    </message>
    <message>
        <source>Give the organiser&apos;s name and e-mail address: candidates and jurors answer them.</source>
        <translation>Indiquez le nom et l’adresse électronique de l’organisateur : c’est à lui que répondent les candidat·es et les juré·es.</translation>
    </message>
    <message>
        <source>No candidate of {session} is placed yet.</source>
        <translation>Aucun·e candidat·e de {session} n’est encore placé·e.</translation>
    </message>
    <message>
        <source>Say where the interviews take place (an address or a video link) in the session first.</source>
        <translation>Indiquez d’abord, dans la session, où ont lieu les entretiens (une adresse ou un lien de visioconférence).</translation>
    </message>
    <message>
        <source>Social security numbers are sealed to the organiser&apos;s authority: create it (or restore it) on this computer before importing them.</source>
        <translation>Les numéros de sécurité sociale sont chiffrés pour l’autorité de l’organisateur : créez-la (ou restaurez-la) sur cet ordinateur avant de les importer.</translation>
    </message>
    <message>
        <source>files of a type the jurors&apos; app does not show: {names}</source>
        <translation>des fichiers d’un type que l’application des juré·es n’affiche pas : {names}</translation>
    </message>
    <message>
        <source>the birth date {text} cannot be read</source>
        <translation>la date de naissance {text} est illisible</translation>
    </message>
    <message>
        <source>{jury} is not a jury of {candidate}&apos;s session.</source>
        <translation>{jury} n’est pas un jury de la session de {candidate}.</translation>
    </message>
    <message>
        <source>A jury is two different people: choose another member than the chair.</source>
        <translation>Un jury réunit deux personnes différentes : choisissez un autre membre que le ou la président·e.</translation>
    </message>
    <message>
        <source>Compare the code with {name} first (by phone or in person), then accept.</source>
        <translation>Comparez d’abord le code avec {name} (par téléphone ou en personne), puis acceptez.</translation>
    </message>
    <message>
        <source>The registry must be a file or a postgresql:// address, not {scheme}://.</source>
        <translation>Le registre doit être un fichier ou une adresse postgresql://, et non {scheme}://.</translation>
    </message>
    <message>
        <source>The registry address {address} cannot be read.</source>
        <translation>L’adresse de registre {address} ne peut pas être interprétée.</translation>
    </message>
    <message>
        <source>There is no session {id} in the registry.</source>
        <translation>Il n’y a pas de session {id} dans le registre.</translation>
    </message>
    <message>
        <source>There is no candidate {id} in the registry.</source>
        <translation>Il n’y a pas de candidat·e {id} dans le registre.</translation>
    </message>
    <message>
        <source>There is no jury {id} in the registry.</source>
        <translation>Il n’y a pas de jury {id} dans le registre.</translation>
    </message>
    <message>
        <source>{id!r} cannot be an id: lower-case letters, digits and dashes, 63 at most.</source>
        <translation>{id!r} ne peut pas être un identifiant : lettres minuscules, chiffres et tirets, 63 au plus.</translation>
    </message>
    <message>
        <source>The registry {registry} was written by a newer version of jury-desk (schema {revision}); install the newer version to open it.</source>
        <translation>Le registre {registry} a été écrit par une version plus récente de jury-desk (schéma {revision}) ; installez cette version pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The registry {registry} cannot be prepared: {reason}</source>
        <translation>Le registre {registry} ne peut pas être préparé : {reason}</translation>
    </message>
    <message>
        <source>There is no registry at {path} yet.</source>
        <translation>Il n’y a pas encore de registre à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>The key of the registry {path} is not in {store}: it cannot be opened.</source>
        <translation>La clé du registre {path} ne se trouve pas dans {store} : il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The registry {path} cannot be opened: the file is damaged or its key is not the one it was made with.</source>
        <translation>Le registre {path} ne peut pas être ouvert : le fichier est endommagé ou sa clé n’est pas celle avec laquelle il a été créé.</translation>
    </message>
    <message>
        <source>The registry {registry} cannot be opened: {reason}</source>
        <translation>Le registre {registry} ne peut pas être ouvert : {reason}</translation>
    </message>
    <message>
        <source>The registry already has a session {id}.</source>
        <translation>Le registre contient déjà une session {id}.</translation>
    </message>
    <message>
        <source>A session id is 1 to 40 lower-case letters, digits and dashes (for example rs6247-2027-05), not {id!r}.</source>
        <translation>Un identifiant de session compte de 1 à 40 lettres minuscules, chiffres et tirets (par exemple rs6247-2027-05), et non {id!r}.</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>Une session doit avoir un titre.</translation>
    </message>
    <message>
        <source>The session ends on {end}, before it starts ({start}).</source>
        <translation>La session se termine le {end}, avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>The sitting of {day} from {start} to {finish} is not within the session&apos;s dates, or ends before it starts.</source>
        <translation>La séance du {day} de {start} à {finish} n’est pas comprise dans les dates de la session, ou se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The {what} {subject} was changed by {who} at {when} since you opened it; your change is not saved. Open it again to see theirs.</source>
        <translation>L’élément {subject} ({what}) a été modifié par {who} le {when} depuis que vous l’avez ouvert ; votre modification n’est pas enregistrée. Ouvrez-le de nouveau pour voir la sienne.</translation>
    </message>
    <message>
        <source>Someone else changed this in the registry at the same time; your change is not saved. Open it again to see theirs.</source>
        <translation>Quelqu’un d’autre a modifié cet élément dans le registre au même moment ; votre modification n’est pas enregistrée. Ouvrez-le de nouveau pour voir la sienne.</translation>
    </message>
    <message>
        <source>The registry refused the change, which contradicts it: {reason}</source>
        <translation>Le registre a refusé la modification, incompatible avec son contenu : {reason}</translation>
    </message>
    <message>
        <source>The registry {registry} cannot be used: {reason}</source>
        <translation>Le registre {registry} ne peut pas être utilisé : {reason}</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Postal code of the birth place</source>
        <translation>Code postal du lieu de naissance</translation>
    </message>
    <message>
        <source>Commune of birth</source>
        <translation>Commune de naissance</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <source>First name {number}</source>
        <translation>Prénom {number}</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>{field} : information manquante.</translation>
    </message>
    <message>
        <source>{field} holds only spaces: leave it empty if there is none.</source>
        <translation>{field} ne contient que des espaces : laissez le champ vide s’il n’y a rien à indiquer.</translation>
    </message>
    <message>
        <source>{field} has {length} characters; the CDC&apos;s schema accepts at most {maximum}.</source>
        <translation>{field} compte {length} caractères ; le schéma de la CDC en accepte au plus {maximum}.</translation>
    </message>
    <message>
        <source>{field} contains a line break or an invisible control character.</source>
        <translation>{field} contient un saut de ligne ou un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>{count} first names were entered; the CDC&apos;s schema holds {maximum} at most (prenom1 to prenom3): choose the ones to declare, in the order of the identity document.</source>
        <translation>{count} prénoms ont été saisis ; le schéma de la CDC en accepte au plus {maximum} (prenom1 à prenom3) : choisissez ceux à déclarer, dans l’ordre de la pièce d’identité.</translation>
    </message>
    <message>
        <source>Birth year {year} is outside the years the CDC&apos;s schema accepts ({first} to {last}).</source>
        <translation>L’année de naissance {year} est en dehors des années acceptées par le schéma de la CDC (de {first} à {last}).</translation>
    </message>
    <message>
        <source>Birth month {month} is not a month (1 to 12).</source>
        <translation>Le mois de naissance {month} n’est pas un mois (de 1 à 12).</translation>
    </message>
    <message>
        <source>A birth day ({day}) is given without its month: give both or neither.</source>
        <translation>Un jour de naissance ({day}) est indiqué sans son mois : indiquez les deux ou aucun des deux.</translation>
    </message>
    <message>
        <source>There is no day {day} in month {month} of {year}.</source>
        <translation>Le mois {month} de {year} n’a pas de jour {day}.</translation>
    </message>
    <message>
        <source>There is no day {day} in month {month}.</source>
        <translation>Le mois {month} n’a pas de jour {day}.</translation>
    </message>
    <message>
        <source>Sex &apos;{value}&apos; must be written exactly M or F, in capitals.</source>
        <translation>Le sexe « {value} » doit être écrit exactement M ou F, en majuscules.</translation>
    </message>
    <message>
        <source>The CDC&apos;s schema records sex only as M or F: this person (&apos;{value}&apos;) cannot be declared with this schema. List them for the certifier to handle; never choose M or F in their place.</source>
        <translation>Le schéma de la CDC n’enregistre le sexe que sous la forme M ou F : cette personne (« {value} ») ne peut pas être déclarée avec ce schéma. Signalez-la à l’organisme certificateur, qui traitera son cas ; ne choisissez jamais M ou F à sa place.</translation>
    </message>
    <message>
        <source>The birth place is missing: enter the INSEE code of the commune of birth (99 and the country&apos;s code for a birth abroad), or failing that its postal code.</source>
        <translation>Le lieu de naissance manque : saisissez le code INSEE de la commune de naissance (99 suivi du code du pays pour une naissance à l’étranger), ou à défaut son code postal.</translation>
    </message>
    <message>
        <source>INSEE code &apos;{code}&apos; has {length} characters; the CDC&apos;s schema requires exactly {expected}.</source>
        <translation>Le code INSEE « {code} » compte {length} caractères ; le schéma de la CDC en exige exactement {expected}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an INSEE commune code: the department (2A or 2B in Corsica, 97x or 98x overseas) then the commune&apos;s number, or 99 then the country&apos;s code for a birth abroad. The postal code is a different number.</source>
        <translation>« {code} » n’est pas un code INSEE de commune : le département (2A ou 2B en Corse, 97x ou 98x outre-mer) puis le numéro de la commune, ou 99 puis le code du pays pour une naissance à l’étranger. Le code postal est un autre numéro.</translation>
    </message>
    <message>
        <source>Country code &apos;{code}&apos; must be {length} digits: those after 99 in the country&apos;s INSEE code (109 for Germany, whose INSEE code is 99109).</source>
        <translation>Le code pays « {code} » doit compter {length} chiffres : ceux qui suivent 99 dans le code INSEE du pays (109 pour l’Allemagne, dont le code INSEE est 99109).</translation>
    </message>
    <message>
        <source>Country code &apos;{country}&apos; does not match the birth place&apos;s INSEE code &apos;{code}&apos;.</source>
        <translation>Le code pays « {country} » ne correspond pas au code INSEE du lieu de naissance « {code} ».</translation>
    </message>
    <message>
        <source>{jury} has two portfolio managers, {chair} and {member}: a jury needs one portfolio manager and one certified intrapreneur</source>
        <translation>{jury} compte deux chargé·es de portefeuille de startups, {chair} et {member} : un jury réunit un·e chargé·e de portefeuille de startups et un·e intrapreneur·e certifié·e</translation>
    </message>
    <message>
        <source>{jury} has two certified intrapreneurs, {chair} and {member}: a jury needs one portfolio manager and one certified intrapreneur</source>
        <translation>{jury} compte deux intrapreneur·es certifié·es, {chair} et {member} : un jury réunit un·e chargé·e de portefeuille de startups et un·e intrapreneur·e certifié·e</translation>
    </message>
    <message>
        <source>{jury} names a juror who is not in the session: {id}</source>
        <translation>{jury} désigne un·e juré·e qui n’appartient pas à la session : {id}</translation>
    </message>
    <message>
        <source>{jury} has {juror} as both its chair and its member</source>
        <translation>Dans {jury}, {juror} est à la fois président·e et membre</translation>
    </message>
    <message>
        <source>The interview at {when} names a jury that is not in the session: {id}</source>
        <translation>L’entretien du {when} désigne un jury qui n’appartient pas à la session : {id}</translation>
    </message>
    <message>
        <source>The interview at {when} names a candidate who is not in the session: {id}</source>
        <translation>L’entretien du {when} désigne un·e candidat·e qui n’appartient pas à la session : {id}</translation>
    </message>
    <message>
        <source>The interview of {candidate} with {jury} at {when} is not in one of the session&apos;s slots</source>
        <translation>L’entretien de {candidate} avec {jury} le {when} ne tombe dans aucun créneau de la session</translation>
    </message>
    <message>
        <source>{candidate} is placed {count} times: {times}</source>
        <translation>{candidate} est placé·e {count} fois : {times}</translation>
    </message>
    <message>
        <source>{juror} is expected at two interviews at once, at {when}: {first} ({first_jury}) and {second} ({second_jury})</source>
        <translation>{juror} est attendu·e à deux entretiens en même temps, le {when} : {first} ({first_jury}) et {second} ({second_jury})</translation>
    </message>
    <message>
        <source>{juror} has {gap} minutes between the interviews of {first} and {second} at {when}; a break of {needed} minutes is needed</source>
        <translation>{juror} a {gap} minutes entre les entretiens de {first} et de {second}, le {when} ; il faut une pause de {needed} minutes</translation>
    </message>
    <message>
        <source>{juror} works at the incubator {incubator}, like {candidate}</source>
        <translation>{juror} travaille à l’incubateur {incubator}, comme {candidate}</translation>
    </message>
    <message>
        <source>{juror} is linked to the start-up {startup} of {candidate}</source>
        <translation>{juror} a un lien avec la start-up {startup} de {candidate}</translation>
    </message>
    <message>
        <source>The sitting of {day} ends at {end}, not after its start at {start}.</source>
        <translation>La séance du {day} se termine à {end}, pas après son début à {start}.</translation>
    </message>
    <message>
        <source>An interview lasts at least one minute and a break is not negative (given: {slot} and {pause} minutes).</source>
        <translation>Un entretien dure au moins une minute et une pause ne peut pas être négative (valeurs indiquées : {slot} et {pause} minutes).</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}.</source>
        <translation>Fuseau horaire inconnu : {zone}.</translation>
    </message>
    <message>
        <source>{reason}; {others}</source>
        <translation>{reason} ; {others}</translation>
    </message>
    <message>
        <source>The interview of {candidate} with {jury} at {when} was not kept: {reasons}</source>
        <translation>L’entretien de {candidate} avec {jury} le {when} n’a pas été retenu : {reasons}</translation>
    </message>
    <message>
        <source>{candidate} cannot be placed: the session has no jury of one portfolio manager and one certified intrapreneur</source>
        <translation>{candidate} ne peut pas être placé·e : la session n’a aucun jury formé d’un·e chargé·e de portefeuille de startups et d’un·e intrapreneur·e certifié·e</translation>
    </message>
    <message>
        <source>No jury can interview {candidate} without a conflict: {reasons}</source>
        <translation>Aucun jury ne peut faire passer l’entretien de {candidate} sans conflit d’intérêts : {reasons}</translation>
    </message>
    <message>
        <source>{candidate} cannot be placed: {count} candidates for {slots} free slots</source>
        <translation>{candidate} ne peut pas être placé·e : {count} candidat·es pour {slots} créneaux libres</translation>
    </message>
    <message>
        <source>{candidate} cannot be placed: the free slots of the juries without a conflict clash with their jurors&apos; other interviews or breaks</source>
        <translation>{candidate} ne peut pas être placé·e : les créneaux libres des jurys sans conflit d’intérêts empiètent sur les autres entretiens ou les pauses de leurs juré·es</translation>
    </message>
    <message>
        <source>an organiser authority backup</source>
        <translation>une sauvegarde de l’autorité de l’organisateur</translation>
    </message>
    <message>
        <source>Wrong passphrase for this authority backup.</source>
        <translation>Phrase de passe incorrecte pour cette sauvegarde de l’autorité.</translation>
    </message>
    <message>
        <source>This authority backup has version {version}; this jury-desk reads version {supported}: install a newer jury-desk.</source>
        <translation>Cette sauvegarde de l’autorité est en version {version} ; cette version de jury-desk lit la version {supported} : installez une version plus récente de jury-desk.</translation>
    </message>
    <message>
        <source>This computer already has another organiser authority ({present}); the backup of {name} does not replace it.</source>
        <translation>Cet ordinateur a déjà une autre autorité de l’organisateur ({present}) ; la sauvegarde de {name} ne la remplace pas.</translation>
    </message>
    <message>
        <source>This authority backup is damaged: its signing key is not its certificate&apos;s.</source>
        <translation>Cette sauvegarde de l’autorité est endommagée : sa clé de signature ne correspond pas à son certificat.</translation>
    </message>
    <message>
        <source>This file is not a jury-desk authority backup, or it is damaged.</source>
        <translation>Ce fichier n’est pas une sauvegarde d’autorité jury-desk, ou il est endommagé.</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat·e</translation>
    </message>
    <message>
        <source>juror</source>
        <translation>juré·e</translation>
    </message>
    <message>
        <source>jury</source>
        <translation>jury</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>créneau d’entretien</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>réglage</translation>
    </message>
    <message>
        <source>The authority&apos;s succession names a previous certificate that cannot be read.</source>
        <translation>La succession de l’autorité nomme un certificat précédent illisible.</translation>
    </message>
    <message>
        <source>The authority&apos;s succession is damaged.</source>
        <translation>La succession de l’autorité est endommagée.</translation>
    </message>
    <message>
        <source>{path} is damaged: it is not a succession.</source>
        <translation>{path} est endommagé : ce n’est pas une succession.</translation>
    </message>
    <message>
        <source>a results file</source>
        <translation>un fichier de résultats</translation>
    </message>
    <message>
        <source>{file} does not verify: {problems}</source>
        <translation>{file} ne se vérifie pas : {problems}</translation>
    </message>
    <message>
        <source>{file} is the results of {session}, which is no jury of this registry.</source>
        <translation>{file} contient les résultats de {session}, qui n’est pas un jury de ce registre.</translation>
    </message>
    <message>
        <source>{file} comes from version {version} of the bundle of {jury}, which this registry never issued.</source>
        <translation>{file} vient de la version {version} du paquet de {jury}, que ce registre n’a jamais remise.</translation>
    </message>
    <message>
        <source>{file} was exported on {exported}, before the results of {jury} already imported: the newer ones are kept.</source>
        <translation>{file} a été exporté le {exported}, avant les résultats de {jury} déjà importés : les plus récents sont gardés.</translation>
    </message>
    <message>
        <source>{file} changes the decisions already recorded for {names}. A correction is taken only with its reason.</source>
        <translation>{file} change les décisions déjà enregistrées de {names}. Une rectification n’est acceptée qu’avec son motif.</translation>
    </message>
    <message>
        <source>{file} decides on {name}, who is not a candidate of {jury}.</source>
        <translation>{file} décide pour {name}, qui n’est pas candidat·e de {jury}.</translation>
    </message>
    <message>
        <source>Deleting needs a confirmation: run in a terminal, or add --yes.</source>
        <translation>La suppression demande une confirmation : lancez la commande dans un terminal, ou ajoutez --yes.</translation>
    </message>
    <message>
        <source>There is no workspace of {session} here.</source>
        <translation>Il n’y a pas ici d’espace de travail de {session}.</translation>
    </message>
    <message>
        <source>A signer for the certifier already exists in {path}.</source>
        <translation>Un signataire pour le certificateur existe déjà dans {path}.</translation>
    </message>
    <message>
        <source>The certifier&apos;s signer&apos;s key</source>
        <translation>La clé du signataire du certificateur</translation>
    </message>
    <message>
        <source>The signer&apos;s key in {store} does not match the certificate {path}.</source>
        <translation>La clé du signataire dans {store} ne correspond pas au certificat {path}.</translation>
    </message>
    <message>
        <source>No signer for the certifier in {folder}: create one first (jury-desk registry signer create).</source>
        <translation>Aucun signataire pour le certificateur dans {folder} : créez-en un d’abord (jury-desk registry signer create).</translation>
    </message>
    <message>
        <source>The certificate of {name} was not issued to sign for the certifier.</source>
        <translation>Le certificat de {name} n’a pas été délivré pour signer au nom du certificateur.</translation>
    </message>
    <message>
        <source>The certificate of {name} was not issued by the organiser authority.</source>
        <translation>Le certificat de {name} n’a pas été délivré par l’autorité de l’organisateur.</translation>
    </message>
    <message>
        <source>The document&apos;s data is not valid: {reason}</source>
        <translation>Les données du document ne sont pas valides : {reason}</translation>
    </message>
    <message>
        <source>Deleting personal data is said with --yes, after reading the list.</source>
        <translation>La suppression de données personnelles se confirme avec --yes, après lecture de la liste.</translation>
    </message>
    <message>
        <source>A retention period is a number of months from 0 to 600.</source>
        <translation>Une durée de conservation est un nombre de mois de 0 à 600.</translation>
    </message>
    <message>
        <source>signed letter or certificate</source>
        <translation>lettre ou parchemin signé</translation>
    </message>
    <message>
        <source>The document carries no letter or certificate data.</source>
        <translation>Le document ne porte aucune donnée de lettre ni de parchemin.</translation>
    </message>
    <message>
        <source>The document&apos;s data names {named} as its signer, but {signer} signed it.</source>
        <translation>Les données du document nomment {named} comme signataire, mais c’est {signer} qui l’a signé.</translation>
    </message>
    <message>
        <source>The code printed on the document is not the code of its data ({code}).</source>
        <translation>Le code imprimé sur le document n’est pas celui de ses données ({code}).</translation>
    </message>
    <message>
        <source>Give the date of France compétences&apos; registration decision first: every certificate prints it.</source>
        <translation>Indiquez d’abord la date de la décision d’enregistrement de France compétences : chaque parchemin l’imprime.</translation>
    </message>
    <message>
        <source>Confirm the means of recourse printed on the decision letters first (the wording is the certifier&apos;s legal service&apos;s).</source>
        <translation>Confirmez d’abord les voies de recours imprimées sur les lettres de décision (leur rédaction relève du service juridique du certificateur).</translation>
    </message>
    <message>
        <source>The means of recourse and the registration&apos;s wording cannot be empty.</source>
        <translation>Les voies de recours et le libellé de l’enregistrement ne peuvent pas être vides.</translation>
    </message>
    <message>
        <source>A text of the letters is limited to {limit} characters.</source>
        <translation>Un texte des lettres est limité à {limit} caractères.</translation>
    </message>
    <message>
        <source>No decision of {session} is left to notify: no letter to issue.</source>
        <translation>Aucune décision de {session} ne reste à notifier : aucune lettre à émettre.</translation>
    </message>
    <message>
        <source>Say why the document is revoked: the journal keeps it.</source>
        <translation>Indiquez pourquoi le document est révoqué : le journal le garde.</translation>
    </message>
    <message>
        <source>The registry issued the code {code} for another candidate or decision.</source>
        <translation>Le registre a émis le code {code} pour un autre candidat ou une autre décision.</translation>
    </message>
    <message>
        <source>This file is not the one the registry issued with the code {code}.</source>
        <translation>Ce fichier n’est pas celui que le registre a émis avec le code {code}.</translation>
    </message>
    <message>
        <source>The document {code} was revoked: {reason}</source>
        <translation>Le document {code} a été révoqué : {reason}</translation>
    </message>
    <message>
        <source>The decision of the document {code} was corrected since: it is no longer in force.</source>
        <translation>La décision du document {code} a été rectifiée depuis : il n’est plus en vigueur.</translation>
    </message>
    <message>
        <source>The registry issued no document with the code {code}.</source>
        <translation>Le registre n’a émis aucun document avec le code {code}.</translation>
    </message>
    <message>
        <source>--cdc-schema goes with --complete: only the whole session declares.</source>
        <translation>--cdc-schema s’utilise avec --complete : seule la session entière est déclarée.</translation>
    </message>
    <message>
        <source>No social security number was read: type it when asked, or give it alone on one line of the standard input.</source>
        <translation>Aucun numéro de sécurité sociale n’a été lu : saisissez-le quand il est demandé, ou donnez-le seul sur une ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Replacing the signer needs a confirmation: run in a terminal, or add --yes.</source>
        <translation>Le remplacement du signataire demande une confirmation : lancez la commande dans un terminal, ou ajoutez --yes.</translation>
    </message>
    <message>
        <source>The declaration does not validate against {schema}: {problems}</source>
        <translation>La déclaration n’est pas conforme au schéma {schema} : {problems}</translation>
    </message>
    <message>
        <source>The CDC&apos;s schema refuses this passage: {problems}</source>
        <translation>Le schéma de la CDC refuse ce passage : {problems}</translation>
    </message>
    <message>
        <source>a processing report</source>
        <translation>un rapport de traitement</translation>
    </message>
    <message>
        <source>{file} is a declaration sent to the CDC, not its processing report.</source>
        <translation>{file} est une déclaration envoyée à la CDC, et non son rapport de traitement.</translation>
    </message>
    <message>
        <source>{file} is not a processing report of the CDC (its root is &lt;{root}&gt;).</source>
        <translation>{file} n’est pas un rapport de traitement de la CDC (sa racine est &lt;{root}&gt;).</translation>
    </message>
    <message>
        <source>{file} is not a readable processing report ({detail}).</source>
        <translation>{file} n’est pas un rapport de traitement lisible ({detail}).</translation>
    </message>
    <message>
        <source>an XML Schema</source>
        <translation>un schéma XML</translation>
    </message>
    <message>
        <source>{file} is an XML Schema, but not the CDC&apos;s flow schema: its namespace is &apos;{namespace}&apos;, not &apos;{expected}&apos;.</source>
        <translation>{file} est un schéma XML, mais pas le schéma du flux de la CDC : son espace de noms est « {namespace} », et non « {expected} ».</translation>
    </message>
    <message>
        <source>{file} is not a usable XML Schema of the CDC&apos;s kit ({detail}).</source>
        <translation>{file} n’est pas un schéma XML utilisable du kit de la CDC ({detail}).</translation>
    </message>
    <message>
        <source>{count} holder(s) cannot be declared as they stand: {holders}. Correct them, or write the file without them.</source>
        <translation>{count} titulaire(s) ne peuvent pas être déclarés tels quels : {holders}. Corrigez leur fiche, ou écrivez le fichier sans eux.</translation>
    </message>
    <message>
        <source>No holder of session {session} can be declared as they stand: {holders}</source>
        <translation>Aucun titulaire de la session {session} ne peut être déclaré tel quel : {holders}</translation>
    </message>
    <message>
        <source>Nothing to declare for session {session}: every certified holder is declared, awaiting the CDC&apos;s report or awaiting a correction.</source>
        <translation>Rien à déclarer pour la session {session} : chaque titulaire certifié est déclaré, en attente du rapport de la CDC ou en attente d’une correction.</translation>
    </message>
    <message>
        <source>The declaration {flow} ({file}) was written but never marked sent. If you uploaded it to the CDC, mark it sent first; if not, write the new file in its place (its holders are written again).</source>
        <translation>La déclaration {flow} ({file}) a été écrite mais jamais marquée comme déposée. Si vous l’avez déposée auprès de la CDC, marquez-la d’abord comme déposée ; sinon, écrivez le nouveau fichier à sa place (ses titulaires y sont écrits de nouveau).</translation>
    </message>
    <message>
        <source>Social security numbers are kept for this declaration: unlock the organiser&apos;s authority to write it.</source>
        <translation>Les numéros de sécurité sociale sont conservés pour cette déclaration : déverrouillez l’autorité de l’organisateur pour l’écrire.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Impossible d’écrire {file} : {reason}</translation>
    </message>
    <message>
        <source>The declaration&apos;s settings are not complete: {problems}</source>
        <translation>Les paramètres de la déclaration sont incomplets : {problems}</translation>
    </message>
    <message>
        <source>Choose the XML Schema of the CDC&apos;s kit first (the .xsd file the Caisse des Dépôts gives certifiers): every declaration is checked against it.</source>
        <translation>Choisissez d’abord le schéma XML du kit de la CDC (le fichier .xsd que la Caisse des Dépôts fournit aux certificateurs) : chaque déclaration est vérifiée contre lui.</translation>
    </message>
    <message>
        <source>the CDC&apos;s client id must have {length} characters</source>
        <translation>l’identifiant client de la CDC doit compter {length} caractères</translation>
    </message>
    <message>
        <source>the contract id must have 1 to {maximum} characters</source>
        <translation>l’identifiant de contrat doit compter de 1 à {maximum} caractères</translation>
    </message>
    <message>
        <source>the certification&apos;s type must have 1 to {maximum} characters</source>
        <translation>le type de certification doit compter de 1 à {maximum} caractères</translation>
    </message>
    <message>
        <source>the certification&apos;s code must have 1 to {maximum} characters</source>
        <translation>le code de la certification doit compter de 1 à {maximum} caractères</translation>
    </message>
    <message>
        <source>The declaration {flow} was replaced by a newer file before it was sent: send the newer one.</source>
        <translation>La déclaration {flow} a été remplacée par un fichier plus récent avant d’être déposée : déposez le fichier le plus récent.</translation>
    </message>
    <message>
        <source>{file} answers the declaration {flow}, which this registry did not write: it is the report of another flow.</source>
        <translation>{file} répond à la déclaration {flow}, que ce registre n’a pas écrite : c’est le rapport d’un autre flux.</translation>
    </message>
    <message>
        <source>{file} names the passage {passage}, which the declaration {flow} does not hold: nothing was imported.</source>
        <translation>{file} cite le passage {passage}, que la déclaration {flow} ne contient pas : rien n’a été importé.</translation>
    </message>
    <message>
        <source>There is no declaration {flow} in the registry.</source>
        <translation>Le registre ne contient aucune déclaration {flow}.</translation>
    </message>
    <message>
        <source>A sealed social security number is damaged.</source>
        <translation>Un numéro de sécurité sociale chiffré est endommagé.</translation>
    </message>
    <message>
        <source>The registry does not keep social security numbers: choose to keep them in the declaration&apos;s settings first.</source>
        <translation>Le registre ne conserve pas les numéros de sécurité sociale : choisissez d’abord de les conserver dans les paramètres de la déclaration.</translation>
    </message>
    <message>
        <source>The social security number is missing.</source>
        <translation>Le numéro de sécurité sociale manque.</translation>
    </message>
    <message>
        <source>The social security number has {length} characters; it has {expected}, or {keyed} with its key.</source>
        <translation>Le numéro de sécurité sociale compte {length} caractères ; il doit en compter {expected}, ou {keyed} avec sa clé.</translation>
    </message>
    <message>
        <source>The social security number holds only digits, except 2A or 2B as the department (characters 6 and 7) for a birth in Corsica.</source>
        <translation>Le numéro de sécurité sociale ne contient que des chiffres, sauf 2A ou 2B comme département (caractères 6 et 7) pour une naissance en Corse.</translation>
    </message>
    <message>
        <source>The social security number starts with 1 or 2 (3, 4, 7 or 8 for a temporary number).</source>
        <translation>Le numéro de sécurité sociale commence par 1 ou 2 (3, 4, 7 ou 8 pour un numéro provisoire).</translation>
    </message>
    <message>
        <source>Characters 4 and 5 of the social security number are not a birth month (01 to 12, or 20 and above when the month is unknown).</source>
        <translation>Les caractères 4 et 5 du numéro de sécurité sociale ne forment pas un mois de naissance (01 à 12, ou 20 et plus quand le mois est inconnu).</translation>
    </message>
    <message>
        <source>Characters 6 and 7 of the social security number are not a department (01 to 99, 2A or 2B).</source>
        <translation>Les caractères 6 et 7 du numéro de sécurité sociale ne forment pas un département (01 à 99, 2A ou 2B).</translation>
    </message>
    <message>
        <source>The key of the social security number (its last two digits) does not match the number: a digit was probably mistyped.</source>
        <translation>La clé du numéro de sécurité sociale (ses deux derniers chiffres) ne correspond pas au numéro : un chiffre a probablement été mal saisi.</translation>
    </message>
    <message>
        <source>Say why the signer is replaced: the registry&apos;s journal keeps it.</source>
        <translation>Indiquez pourquoi le signataire est remplacé : le journal du registre le garde.</translation>
    </message>
</context>
</TS>
