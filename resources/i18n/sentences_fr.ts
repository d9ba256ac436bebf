<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Sentences</name>
    <message>
        <source>The file is not a ZIP archive or is truncated.</source>
        <translation>Le fichier n'est pas une archive ZIP ou il est tronqué.</translation>
    </message>
    <message>
        <source>The container could not be read because it is damaged.</source>
        <translation>Le conteneur n'a pas pu être lu car il est endommagé.</translation>
    </message>
    <message>
        <source>The archive's central directory is damaged or inconsistent.</source>
        <translation>Le répertoire central de l'archive est endommagé ou incohérent.</translation>
    </message>
    <message>
        <source>Split (multi-disk) ZIP archives are not accepted.</source>
        <translation>Les archives ZIP fractionnées (sur plusieurs disques) ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>The container holds more than {limit} entries.</source>
        <translation>Le conteneur contient plus de {limit} entrées.</translation>
    </message>
    <message>
        <source>The mimetype entry does not contain exactly {mimetype}.</source>
        <translation>L'entrée mimetype ne contient pas exactement {mimetype}.</translation>
    </message>
    <message>
        <source>At least one signer is required to build a container.</source>
        <translation>Au moins un signataire est nécessaire pour constituer un conteneur.</translation>
    </message>
    <message>
        <source>The container must be given as bytes.</source>
        <translation>Le conteneur doit être fourni sous forme d'octets (bytes).</translation>
    </message>
    <message>
        <source>The container is larger than the limit of {limit} bytes.</source>
        <translation>Le conteneur dépasse la limite de {limit} octets.</translation>
    </message>
    <message>
        <source>The entry {name} is a symbolic link.</source>
        <translation>L'entrée {name} est un lien symbolique.</translation>
    </message>
    <message>
        <source>The entry {name} is a special file (a device, pipe or socket).</source>
        <translation>L'entrée {name} est un fichier spécial (un périphérique, un tube ou un socket).</translation>
    </message>
    <message>
        <source>The entry {name} is encrypted.</source>
        <translation>L'entrée {name} est chiffrée.</translation>
    </message>
    <message>
        <source>The entry {name} uses the unsupported compression method {method}.</source>
        <translation>L'entrée {name} utilise la méthode de compression {method}, qui n'est pas prise en charge.</translation>
    </message>
    <message>
        <source>The entry {name} declares {size} bytes, more than the per-entry limit of {limit} bytes.</source>
        <translation>L'entrée {name} déclare {size} octets, soit plus que la limite de {limit} octets par entrée.</translation>
    </message>
    <message>
        <source>The entry {name} has a compression ratio above {limit} to 1.</source>
        <translation>L'entrée {name} présente un taux de compression supérieur à {limit} pour 1.</translation>
    </message>
    <message>
        <source>The container has no mimetype entry.</source>
        <translation>Le conteneur n'a pas d'entrée mimetype.</translation>
    </message>
    <message>
        <source>The mimetype entry is compressed; it must be stored.</source>
        <translation>L'entrée mimetype est compressée ; elle doit être stockée sans compression.</translation>
    </message>
    <message>
        <source>The local header of the entry {name} is missing or damaged.</source>
        <translation>L'en-tête local de l'entrée {name} est manquant ou endommagé.</translation>
    </message>
    <message>
        <source>The local header of the entry {name} does not match the central directory.</source>
        <translation>L'en-tête local de l'entrée {name} ne correspond pas au répertoire central.</translation>
    </message>
    <message>
        <source>The entry {name} holds more data than its declared size.</source>
        <translation>L'entrée {name} contient plus de données que sa taille déclarée.</translation>
    </message>
    <message>
        <source>The entry {name} is shorter than its declared size.</source>
        <translation>L'entrée {name} est plus courte que sa taille déclarée.</translation>
    </message>
    <message>
        <source>The archive needs a ZIP version newer than 6.3 to be extracted.</source>
        <translation>L'extraction de l'archive nécessite une version de ZIP postérieure à 6.3.</translation>
    </message>
    <message>
        <source>The container holds two entries named {name}.</source>
        <translation>Le conteneur contient deux entrées nommées {name}.</translation>
    </message>
    <message>
        <source>The entries {first} and {second} differ only in letter case or Unicode form.</source>
        <translation>Les entrées {first} et {second} ne diffèrent que par la casse ou la forme Unicode.</translation>
    </message>
    <message>
        <source>The entries declare more than the limit of {limit} bytes in total.</source>
        <translation>Les entrées déclarent au total plus que la limite de {limit} octets.</translation>
    </message>
    <message>
        <source>The entry {name} is a directory; only META-INF/ may appear as one.</source>
        <translation>L'entrée {name} est un répertoire ; seul META-INF/ peut figurer comme répertoire.</translation>
    </message>
    <message>
        <source>The directory entry META-INF/ has content.</source>
        <translation>L'entrée de répertoire META-INF/ a un contenu.</translation>
    </message>
    <message>
        <source>The mimetype entry is not the first entry of the container.</source>
        <translation>L'entrée mimetype n'est pas la première entrée du conteneur.</translation>
    </message>
    <message>
        <source>The archive's entries overlap one another.</source>
        <translation>Les entrées de l'archive se chevauchent.</translation>
    </message>
    <message>
        <source>The entry {name} in META-INF/ is neither an ASiC manifest nor a CAdES signature.</source>
        <translation>L'entrée {name} de META-INF/ n'est ni un manifeste ASiC ni une signature CAdES.</translation>
    </message>
    <message>
        <source>The entry {name} is damaged: its data does not match its declared size or checksum.</source>
        <translation>L'entrée {name} est endommagée : ses données ne correspondent pas à sa taille déclarée ou à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>Signer {index} did not return a DER-encoded signature.</source>
        <translation>Le signataire {index} n'a pas renvoyé de signature encodée en DER.</translation>
    </message>
    <message>
        <source>The entry name {name} is not valid UTF-8.</source>
        <translation>Le nom d'entrée {name} n'est pas de l'UTF-8 valide.</translation>
    </message>
    <message>
        <source>The manifest {manifest} is larger than {limit} bytes.</source>
        <translation>Le manifeste {manifest} dépasse {limit} octets.</translation>
    </message>
    <message>
        <source>The entry {name} decompresses to more than its declared size.</source>
        <translation>L'entrée {name} se décompresse en plus de données que sa taille déclarée.</translation>
    </message>
    <message>
        <source>The signature lacks the signing-certificate-v2 attribute (not CAdES baseline B).</source>
        <translation>La signature ne comporte pas l'attribut signing-certificate-v2 (elle n'est pas conforme à CAdES baseline B).</translation>
    </message>
    <message>
        <source>The signature algorithm does not match the signer's key type.</source>
        <translation>L'algorithme de signature ne correspond pas au type de clé du signataire.</translation>
    </message>
    <message>
        <source>The signer's certificate is not included in the signature.</source>
        <translation>Le certificat du signataire n'est pas inclus dans la signature.</translation>
    </message>
    <message>
        <source>The signing-certificate attribute names a different certificate than the one carried as signer.</source>
        <translation>L'attribut signing-certificate désigne un autre certificat que celui fourni comme signataire.</translation>
    </message>
    <message>
        <source>The signature algorithm is not supported or does not match its digest.</source>
        <translation>L'algorithme de signature n'est pas pris en charge ou ne correspond pas à son condensé.</translation>
    </message>
    <message>
        <source>The signature uses a digest algorithm other than SHA-256, SHA-384 or SHA-512.</source>
        <translation>La signature utilise un algorithme de condensé autre que SHA-256, SHA-384 ou SHA-512.</translation>
    </message>
    <message>
        <source>The signature has no signed attributes, which CAdES requires.</source>
        <translation>La signature ne comporte pas d'attributs signés, alors que CAdES les exige.</translation>
    </message>
    <message>
        <source>The signing time in the signature cannot be read.</source>
        <translation>L'heure de signature indiquée dans la signature ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The signature file is larger than 1 MB, which no detached signature needs.</source>
        <translation>Le fichier de signature dépasse 1 Mo, ce qu'aucune signature détachée ne nécessite.</translation>
    </message>
    <message>
        <source>The file is a CMS message but not a signature (SignedData).</source>
        <translation>Le fichier est un message CMS, mais pas une signature (SignedData).</translation>
    </message>
    <message>
        <source>The signature must hold exactly one signer.</source>
        <translation>La signature doit comporter exactement un signataire.</translation>
    </message>
    <message>
        <source>The signature does not sign plain data (id-data).</source>
        <translation>La signature ne porte pas sur des données simples (id-data).</translation>
    </message>
    <message>
        <source>The signature embeds its content; a detached signature was expected.</source>
        <translation>La signature intègre son contenu ; une signature détachée était attendue.</translation>
    </message>
    <message>
        <source>The signature's version numbers do not follow RFC 5652.</source>
        <translation>Les numéros de version de la signature ne respectent pas la RFC 5652.</translation>
    </message>
    <message>
        <source>The signer's digest algorithm is missing from the SignedData.</source>
        <translation>L'algorithme de condensé du signataire est absent de la structure SignedData.</translation>
    </message>
    <message>
        <source>The signature carries no signing time.</source>
        <translation>La signature ne comporte aucune heure de signature.</translation>
    </message>
    <message>
        <source>The signature's content-type attribute is missing or is not id-data.</source>
        <translation>L'attribut content-type de la signature est absent ou n'est pas id-data.</translation>
    </message>
    <message>
        <source>The signature lacks the message-digest attribute.</source>
        <translation>La signature ne comporte pas l'attribut message-digest.</translation>
    </message>
    <message>
        <source>The signed file was changed after it was signed: its digest does not match.</source>
        <translation>Le fichier signé a été modifié après sa signature : son condensé ne correspond pas.</translation>
    </message>
    <message>
        <source>A signed attribute appears more than once or holds several values.</source>
        <translation>Un attribut signé apparaît plusieurs fois ou contient plusieurs valeurs.</translation>
    </message>
    <message>
        <source>The signature identifies its certificate with the older SHA-1 signing-certificate attribute.</source>
        <translation>La signature identifie son certificat au moyen de l'ancien attribut signing-certificate, basé sur SHA-1.</translation>
    </message>
    <message>
        <source>The signature value does not verify with the signer's key.</source>
        <translation>La valeur de la signature ne se vérifie pas avec la clé du signataire.</translation>
    </message>
    <message>
        <source>The signature carries something other than X.509 certificates.</source>
        <translation>La signature contient autre chose que des certificats X.509.</translation>
    </message>
    <message>
        <source>A certificate carried in the signature is damaged.</source>
        <translation>Un certificat contenu dans la signature est endommagé.</translation>
    </message>
    <message>
        <source>The signature and the signed file must both be bytes.</source>
        <translation>La signature et le fichier signé doivent tous deux être fournis sous forme d'octets (bytes).</translation>
    </message>
    <message>
        <source>The signature file is damaged or is not a CMS signature.</source>
        <translation>Le fichier de signature est endommagé ou n'est pas une signature CMS.</translation>
    </message>
    <message>
        <source>This package was not encrypted for your agency's certificate.</source>
        <translation>Ce paquet n'a pas été chiffré pour le certificat de votre service.</translation>
    </message>
    <message>
        <source>The data to encrypt must be bytes.</source>
        <translation>Les données à chiffrer doivent être fournies sous forme d'octets (bytes).</translation>
    </message>
    <message>
        <source>At least one recipient certificate is needed to encrypt a package.</source>
        <translation>Au moins un certificat de destinataire est nécessaire pour chiffrer un paquet.</translation>
    </message>
    <message>
        <source>The encrypted package would be larger than the limit of {limit} bytes.</source>
        <translation>Le paquet chiffré dépasserait la limite de {limit} octets.</translation>
    </message>
    <message>
        <source>The encrypted package must be given as bytes.</source>
        <translation>Le paquet chiffré doit être fourni sous forme d'octets (bytes).</translation>
    </message>
    <message>
        <source>The encrypted package is larger than the limit of {limit} bytes.</source>
        <translation>Le paquet chiffré dépasse la limite de {limit} octets.</translation>
    </message>
    <message>
        <source>This package is encrypted with AES-GCM (CMS AuthEnvelopedData), which this version cannot open; ask the sender to encrypt with AES-256-CBC (openssl cms -encrypt -aes256).</source>
        <translation>Ce paquet est chiffré avec AES-GCM (CMS AuthEnvelopedData), que cette version ne peut pas ouvrir ; demandez à l'expéditeur de le chiffrer avec AES-256-CBC (openssl cms -encrypt -aes256).</translation>
    </message>
    <message>
        <source>Only an RSA private key can open an encrypted package.</source>
        <translation>Seule une clé privée RSA peut ouvrir un paquet chiffré.</translation>
    </message>
    <message>
        <source>The decryption certificate must be an X.509 certificate.</source>
        <translation>Le certificat de déchiffrement doit être un certificat X.509.</translation>
    </message>
    <message>
        <source>The private key does not belong to the decryption certificate.</source>
        <translation>La clé privée n'appartient pas au certificat de déchiffrement.</translation>
    </message>
    <message>
        <source>The file is not an encrypted CMS package (EnvelopedData).</source>
        <translation>Le fichier n'est pas un paquet CMS chiffré (EnvelopedData).</translation>
    </message>
    <message>
        <source>Each recipient of an encrypted package must be an X.509 certificate.</source>
        <translation>Chaque destinataire d'un paquet chiffré doit être un certificat X.509.</translation>
    </message>
    <message>
        <source>The certificate "{subject}" has no RSA key, and packages can only be encrypted for RSA keys.</source>
        <translation>Le certificat « {subject} » n'a pas de clé RSA, or les paquets ne peuvent être chiffrés que pour des clés RSA.</translation>
    </message>
    <message>
        <source>The public key of the decryption certificate cannot be read.</source>
        <translation>La clé publique du certificat de déchiffrement ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The package uses an encryption scheme that is not supported (only RSA PKCS#1 v1.5 with AES-CBC is).</source>
        <translation>Le paquet utilise un schéma de chiffrement qui n'est pas pris en charge (seul RSA PKCS#1 v1.5 avec AES-CBC l'est).</translation>
    </message>
    <message>
        <source>The encrypted package is damaged and could not be decrypted.</source>
        <translation>Le paquet chiffré est endommagé et n'a pas pu être déchiffré.</translation>
    </message>
    <message>
        <source>The public key of the certificate "{subject}" cannot be read.</source>
        <translation>La clé publique du certificat « {subject} » ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The package names your certificate by its subject key identifier, which is not supported; the sender must address it by issuer and serial number.</source>
        <translation>Le paquet désigne votre certificat par son identifiant de clé du sujet (subject key identifier), ce qui n'est pas pris en charge ; l'expéditeur doit le désigner par son émetteur et son numéro de série.</translation>
    </message>
    <message>
        <source>An entry name is empty.</source>
        <translation>Un nom d'entrée est vide.</translation>
    </message>
    <message>
        <source>The entry name {name} contains a control or formatting character.</source>
        <translation>Le nom d'entrée {name} contient un caractère de contrôle ou de mise en forme.</translation>
    </message>
    <message>
        <source>The entry name {name} is longer than {limit} bytes.</source>
        <translation>Le nom d'entrée {name} dépasse {limit} octets.</translation>
    </message>
    <message>
        <source>The entry name {name} contains a backslash.</source>
        <translation>Le nom d'entrée {name} contient une barre oblique inverse.</translation>
    </message>
    <message>
        <source>The entry name {name} is an absolute path.</source>
        <translation>Le nom d'entrée {name} est un chemin absolu.</translation>
    </message>
    <message>
        <source>The entry name {name} starts with a drive letter.</source>
        <translation>Le nom d'entrée {name} commence par une lettre de lecteur.</translation>
    </message>
    <message>
        <source>The entry name {name} contains a '..' segment.</source>
        <translation>Le nom d'entrée {name} contient un segment '..'.</translation>
    </message>
    <message>
        <source>The entry name {name} has an empty or '.' path segment.</source>
        <translation>Le nom d'entrée {name} contient un segment de chemin vide ou égal à '.'.</translation>
    </message>
    <message>
        <source>A container needs at least one data object.</source>
        <translation>Un conteneur doit comporter au moins un objet de données.</translation>
    </message>
    <message>
        <source>The signature name is not text.</source>
        <translation>Le nom de la signature n'est pas du texte.</translation>
    </message>
    <message>
        <source>The manifest {manifest} is not an ASiCManifest in the namespace {namespace}.</source>
        <translation>Le manifeste {manifest} n'est pas un ASiCManifest de l'espace de noms {namespace}.</translation>
    </message>
    <message>
        <source>The manifest {manifest} must have exactly one SigReference.</source>
        <translation>Le manifeste {manifest} doit comporter exactement un SigReference.</translation>
    </message>
    <message>
        <source>The manifest {manifest} references no data objects.</source>
        <translation>Le manifeste {manifest} ne référence aucun objet de données.</translation>
    </message>
    <message>
        <source>The SigReference in the manifest {manifest} has no URI.</source>
        <translation>Le SigReference du manifeste {manifest} n'a pas d'URI.</translation>
    </message>
    <message>
        <source>The SigReference in the manifest {manifest} has the MimeType {media_type}, not {expected}.</source>
        <translation>Le SigReference du manifeste {manifest} a le MimeType {media_type}, et non {expected}.</translation>
    </message>
    <message>
        <source>A DataObjectReference in the manifest {manifest} has no URI.</source>
        <translation>Un DataObjectReference du manifeste {manifest} n'a pas d'URI.</translation>
    </message>
    <message>
        <source>The reference to {uri} in the manifest {manifest} needs exactly one DigestMethod and one DigestValue.</source>
        <translation>La référence à {uri} dans le manifeste {manifest} doit comporter exactement un DigestMethod et un DigestValue.</translation>
    </message>
    <message>
        <source>The reference to {uri} in the manifest {manifest} uses an unsupported digest algorithm.</source>
        <translation>La référence à {uri} dans le manifeste {manifest} utilise un algorithme de condensé non pris en charge.</translation>
    </message>
    <message>
        <source>The digest of {uri} in the manifest {manifest} has the wrong length for its algorithm.</source>
        <translation>Le condensé de {uri} dans le manifeste {manifest} n'a pas la longueur prévue pour son algorithme.</translation>
    </message>
    <message>
        <source>The container holds no ASiC manifest.</source>
        <translation>Le conteneur ne contient aucun manifeste ASiC.</translation>
    </message>
    <message>
        <source>The signature {signature} is not named by any manifest.</source>
        <translation>La signature {signature} n'est désignée par aucun manifeste.</translation>
    </message>
    <message>
        <source>The file {file} is not covered by any manifest.</source>
        <translation>Le fichier {file} n'est couvert par aucun manifeste.</translation>
    </message>
    <message>
        <source>Each data object must be a DataObject with a text name.</source>
        <translation>Chaque objet de données doit être un DataObject portant un nom sous forme de texte.</translation>
    </message>
    <message>
        <source>The content of the data object {name} is not bytes.</source>
        <translation>Le contenu de l'objet de données {name} n'est pas sous forme d'octets (bytes).</translation>
    </message>
    <message>
        <source>The data object name {name} is not in Unicode NFC form.</source>
        <translation>Le nom de l'objet de données {name} n'est pas en forme Unicode NFC.</translation>
    </message>
    <message>
        <source>The data object name {name} is reserved for the container itself.</source>
        <translation>Le nom de l'objet de données {name} est réservé au conteneur lui-même.</translation>
    </message>
    <message>
        <source>The media type of the data object {name} is not of the form type/subtype.</source>
        <translation>Le type de média de l'objet de données {name} n'est pas de la forme type/sous-type.</translation>
    </message>
    <message>
        <source>Two data objects are named {first} and {second}, which collide.</source>
        <translation>Deux objets de données sont nommés {first} et {second}, ce qui crée une collision.</translation>
    </message>
    <message>
        <source>The manifest {manifest} uses a DTD, entities or external references, which are not allowed.</source>
        <translation>Le manifeste {manifest} utilise une DTD, des entités ou des références externes, qui ne sont pas autorisées.</translation>
    </message>
    <message>
        <source>The manifest {manifest} is not well-formed XML.</source>
        <translation>Le manifeste {manifest} n'est pas un XML bien formé.</translation>
    </message>
    <message>
        <source>The manifest {manifest} references {uri} twice.</source>
        <translation>Le manifeste {manifest} référence {uri} deux fois.</translation>
    </message>
    <message>
        <source>The digest of {uri} in the manifest {manifest} is not valid base64.</source>
        <translation>Le condensé de {uri} dans le manifeste {manifest} n'est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The manifest {manifest} names the signature {signature}, which is not in the container.</source>
        <translation>Le manifeste {manifest} désigne la signature {signature}, qui ne se trouve pas dans le conteneur.</translation>
    </message>
    <message>
        <source>The signature {signature} is named by more than one manifest.</source>
        <translation>La signature {signature} est désignée par plus d'un manifeste.</translation>
    </message>
    <message>
        <source>The manifest {manifest} references {uri}, which is not in the container.</source>
        <translation>Le manifeste {manifest} référence {uri}, qui ne se trouve pas dans le conteneur.</translation>
    </message>
    <message>
        <source>The manifest {manifest} contains the unexpected element {element}.</source>
        <translation>Le manifeste {manifest} contient l'élément inattendu {element}.</translation>
    </message>
    <message>
        <source>The reference to {uri} in the manifest {manifest} contains the unexpected element {element}.</source>
        <translation>La référence à {uri} dans le manifeste {manifest} contient l'élément inattendu {element}.</translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation>Le mot de passe PKCS#12 est incorrect.</translation>
    </message>
    <message>
        <source>{subject} (valid {start} to {end})</source>
        <translation>{subject} (valable du {start} au {end})</translation>
    </message>
    <message>
        <source>The PKCS#12 file is empty.</source>
        <translation>Le fichier PKCS#12 est vide.</translation>
    </message>
    <message>
        <source>The PKCS#12 file is larger than 1 MB, which no signing credential needs.</source>
        <translation>Le fichier PKCS#12 dépasse 1 Mo, ce qu'aucun certificat de signature ne nécessite.</translation>
    </message>
    <message>
        <source>This file is not a PKCS#12 (.p12 or .pfx) file.</source>
        <translation>Ce fichier n'est pas un fichier PKCS#12 (.p12 ou .pfx).</translation>
    </message>
    <message>
        <source>This PKCS#12 file holds no private key.</source>
        <translation>Ce fichier PKCS#12 ne contient aucune clé privée.</translation>
    </message>
    <message>
        <source>This PKCS#12 file holds no certificate for its private key.</source>
        <translation>Ce fichier PKCS#12 ne contient aucun certificat correspondant à sa clé privée.</translation>
    </message>
    <message>
        <source>The certificate in the PKCS#12 file is damaged; its parts cannot be read.</source>
        <translation>Le certificat du fichier PKCS#12 est endommagé ; ses éléments ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>The certificate does not match the private key.</source>
        <translation>Le certificat ne correspond pas à la clé privée.</translation>
    </message>
    <message>
        <source>(no subject name) (valid {start} to {end})</source>
        <translation>(sans nom de sujet) (valable du {start} au {end})</translation>
    </message>
    <message>
        <source>The key uses the elliptic curve {curve}; only P-256, P-384 and P-521 are supported.</source>
        <translation>La clé utilise la courbe elliptique {curve} ; seules P-256, P-384 et P-521 sont prises en charge.</translation>
    </message>
    <message>
        <source>This key type (for example Ed25519) cannot be used: partners' OpenSSL cannot verify it; use EC P-256 or RSA.</source>
        <translation>Ce type de clé (par exemple Ed25519) ne peut pas être utilisé, car l'OpenSSL des partenaires ne peut pas le vérifier ; utilisez EC P-256 ou RSA.</translation>
    </message>
    <message>
        <source>The RSA key has {bits} bits; at least {minimum} are required.</source>
        <translation>La clé RSA compte {bits} bits ; il en faut au moins {minimum}.</translation>
    </message>
    <message>
        <source>request.json is larger than 1 MB.</source>
        <translation>request.json dépasse 1 Mo.</translation>
    </message>
    <message>
        <source>This package's request.json is not a Benelux Case Desk request document.</source>
        <translation>Le fichier request.json de ce paquet n'est pas un document de demande Benelux Case Desk.</translation>
    </message>
    <message>
        <source>This package was made by a newer version of Benelux Case Desk (request.json version {version}); please update to read it.</source>
        <translation>Ce paquet a été créé par une version plus récente de Benelux Case Desk (request.json version {version}) ; mettez l'application à jour pour le lire.</translation>
    </message>
    <message>
        <source>request.json is not valid: the document kind is neither 'request' nor 'answer'.</source>
        <translation>request.json n'est pas valide : le type de document n'est ni 'request' ni 'answer'.</translation>
    </message>
    <message>
        <source>request.json is not valid: an answer package needs an answer section, a request package none.</source>
        <translation>request.json n'est pas valide : un paquet de réponse doit comporter une section answer, un paquet de demande aucune.</translation>
    </message>
    <message>
        <source>request.json is not readable JSON.</source>
        <translation>request.json n'est pas un JSON lisible.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not a list of at most 500 entries.</source>
        <translation>request.json n'est pas valide : {where} n'est pas une liste d'au plus 500 entrées.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} fields are not a flat object of at most 50 simple values.</source>
        <translation>request.json n'est pas valide : le champ fields de {where} n'est pas un objet plat d'au plus 50 valeurs simples.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} legal_basis_confirmed is not true or false.</source>
        <translation>request.json n'est pas valide : le champ legal_basis_confirmed de {where} n'est ni true ni false.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not an object.</source>
        <translation>request.json n'est pas valide : {where} n'est pas un objet.</translation>
    </message>
    <message>
        <source>request.json is not valid: the document is not an object.</source>
        <translation>request.json n'est pas valide : le document n'est pas un objet.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} has an unknown field {field!r}.</source>
        <translation>request.json n'est pas valide : {where} contient un champ inconnu {field!r}.</translation>
    </message>
    <message>
        <source>request.json is not valid: the document has an unknown field {field!r}.</source>
        <translation>request.json n'est pas valide : le document contient un champ inconnu {field!r}.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} lacks the field {field!r}.</source>
        <translation>request.json n'est pas valide : le champ {field!r} manque dans {where}.</translation>
    </message>
    <message>
        <source>request.json is not valid: the document lacks the field {field!r}.</source>
        <translation>request.json n'est pas valide : le champ {field!r} manque dans le document.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} size is not a whole number.</source>
        <translation>request.json n'est pas valide : le champ size de {where} n'est pas un nombre entier.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} items is not a list of 1 to 200 entries.</source>
        <translation>request.json n'est pas valide : le champ items de {where} n'est pas une liste de 1 à 200 entrées.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not a text of at most {limit} characters.</source>
        <translation>request.json n'est pas valide : {where} n'est pas un texte d'au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} has an invalid form.</source>
        <translation>request.json n'est pas valide : {where} a une forme non valide.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} is not a date and time with a zone.</source>
        <translation>request.json n'est pas valide : {where} n'est pas une date et une heure avec fuseau horaire.</translation>
    </message>
    <message>
        <source>request.json is not valid: {where} quantity is not a number from 1.</source>
        <translation>request.json n'est pas valide : le champ quantity de {where} n'est pas un nombre supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>The signer's certificate was not issued by any authority in your trust store; add the partner agency's CA certificate.</source>
        <translation>Le certificat du signataire n'a été émis par aucune autorité de votre magasin de confiance ; ajoutez le certificat d'AC du service partenaire.</translation>
    </message>
    <message>
        <source>The signer's certificate is not meant for signing (its key usage forbids it); ask the partner to sign with a signing certificate.</source>
        <translation>Le certificat du signataire n'est pas destiné à la signature (son usage de clé l'interdit) ; demandez au partenaire de signer avec un certificat de signature.</translation>
    </message>
    <message>
        <source>The signer's certificate {certificate} had expired on {expired}, before the time checked ({checked}); a new signature with a current certificate is needed.</source>
        <translation>Le certificat du signataire {certificate} avait expiré le {expired}, avant le moment vérifié ({checked}) ; une nouvelle signature avec un certificat en cours de validité est nécessaire.</translation>
    </message>
    <message>
        <source>The authority certificate {certificate} had expired on {expired}, before the time checked ({checked}); import the partner's renewed CA certificate.</source>
        <translation>Le certificat d'autorité {certificate} avait expiré le {expired}, avant le moment vérifié ({checked}) ; importez le certificat d'AC renouvelé du partenaire.</translation>
    </message>
    <message>
        <source>The signer's certificate {certificate} was not yet valid at the time checked ({checked}); check the signing time and this computer's clock.</source>
        <translation>Le certificat du signataire {certificate} n'était pas encore valide au moment vérifié ({checked}) ; contrôlez l'heure de signature et l'horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The authority certificate {certificate} was not yet valid at the time checked ({checked}); check the signing time and this computer's clock.</source>
        <translation>Le certificat d'autorité {certificate} n'était pas encore valide au moment vérifié ({checked}) ; contrôlez l'heure de signature et l'horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The signer's certificate leads to {anchor}, trusted on {checked}.</source>
        <translation>Le certificat du signataire remonte à {anchor}, de confiance à la date du {checked}.</translation>
    </message>
    <message>
        <source>A certificate file must be read as bytes.</source>
        <translation>Un fichier de certificat doit être lu sous forme d'octets (bytes).</translation>
    </message>
    <message>
        <source>The certificate file is empty.</source>
        <translation>Le fichier de certificat est vide.</translation>
    </message>
    <message>
        <source>The certificate file is larger than 5 MB, which no certificate bundle needs.</source>
        <translation>Le fichier de certificat dépasse 5 Mo, ce qu'aucun lot de certificats ne nécessite.</translation>
    </message>
    <message>
        <source>The file holds no certificate.</source>
        <translation>Le fichier ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>The file holds more than {limit} certificates, which is not a bundle.</source>
        <translation>Le fichier contient plus de {limit} certificats, ce qui n'est pas un lot de certificats.</translation>
    </message>
    <message>
        <source>The certificate chain breaks the rules for signing certificates and their authorities; ask the partner agency's PKI administrator for a compliant certificate.</source>
        <translation>La chaîne de certificats enfreint les règles applicables aux certificats de signature et à leurs autorités ; demandez à l'administrateur de l'ICP du service partenaire un certificat conforme.</translation>
    </message>
    <message>
        <source>The signer's certificate is pinned in your trust store and valid on {checked}.</source>
        <translation>Le certificat du signataire est épinglé dans votre magasin de confiance et valable à la date du {checked}.</translation>
    </message>
    <message>
        <source>Your trust store is empty; import the partner agency's CA certificate first.</source>
        <translation>Votre magasin de confiance est vide ; importez d'abord le certificat d'AC du service partenaire.</translation>
    </message>
    <message>
        <source>The certificate {certificate} expired on {expired}; import or request a renewed one.</source>
        <translation>Le certificat {certificate} a expiré le {expired} ; importez-en un renouvelé ou demandez-en un.</translation>
    </message>
    <message>
        <source>The certificate {certificate} expires on {expires}, in {days} day(s); arrange its renewal before then.</source>
        <translation>Le certificat {certificate} expire le {expires}, dans {days} jour(s) ; faites-le renouveler d'ici là.</translation>
    </message>
    <message>
        <source>The file holds no certificate this program can read (PEM, DER or a PKCS#7 bundle).</source>
        <translation>Le fichier ne contient aucun certificat lisible par ce programme (PEM, DER ou lot PKCS#7).</translation>
    </message>
    <message>
        <source>The certificate file is damaged.</source>
        <translation>Le fichier de certificat est endommagé.</translation>
    </message>
    <message>
        <source>A certificate in the file is damaged (its names, extensions or key cannot be read).</source>
        <translation>Un certificat du fichier est endommagé (ses noms, extensions ou clé ne peuvent pas être lus).</translation>
    </message>
    <message>
        <source>A PEM block in the file is damaged (its base64 does not decode).</source>
        <translation>Un bloc PEM du fichier est endommagé (son base64 ne se décode pas).</translation>
    </message>
    <message>
        <source>The package from {agency} is intact and signed by {signers}, whose certificates you trust.</source>
        <translation>Le paquet de {agency} est intact et signé par {signers}, dont les certificats sont de confiance.</translation>
    </message>
    <message>
        <source>request.json does not list the attachment {attachment!r}, but the container holds it.</source>
        <translation>request.json ne mentionne pas la pièce jointe {attachment!r}, mais le conteneur la contient.</translation>
    </message>
    <message>
        <source>request.json lists the attachment {attachment!r}, but the container lacks it.</source>
        <translation>request.json mentionne la pièce jointe {attachment!r}, mais le conteneur ne la contient pas.</translation>
    </message>
    <message>
        <source>The attachment {attachment!r} differs from the size or SHA-256 request.json gives for it.</source>
        <translation>La pièce jointe {attachment!r} ne correspond pas à la taille ou au SHA-256 indiqués pour elle dans request.json.</translation>
    </message>
    <message>
        <source>The signature is broken.</source>
        <translation>La signature est altérée.</translation>
    </message>
    <message>
        <source>The signer {signer} is not trusted: {reason}</source>
        <translation>Le signataire {signer} n'est pas de confiance : {reason}</translation>
    </message>
    <message>
        <source>Your trust store is empty: add the partner agency's CA certificate to check who signed.</source>
        <translation>Votre magasin de confiance est vide : ajoutez le certificat d'AC du service partenaire pour vérifier qui a signé.</translation>
    </message>
    <message>
        <source>Intact signature by {signer} of {agency}, trusted at the signing time and now.</source>
        <translation>Signature intacte de {signer} ({agency}), de confiance au moment de la signature et maintenant.</translation>
    </message>
    <message>
        <source>The package has no request.json.</source>
        <translation>Le paquet ne contient pas de request.json.</translation>
    </message>
    <message>
        <source>The signature claims to be made on {signing_time:%Y-%m-%d %H:%M} UTC, in the future; check the sender's clock before believing it.</source>
        <translation>La signature prétend avoir été apposée le {signing_time:%Y-%m-%d %H:%M} UTC, dans le futur ; vérifiez l'horloge de l'expéditeur avant de vous y fier.</translation>
    </message>
    <message>
        <source>The signer's certificate is trusted for {agencies}, but the package says it comes from {sender}.</source>
        <translation>Le certificat du signataire est de confiance pour {agencies}, mais le paquet indique qu'il provient de {sender}.</translation>
    </message>
    <message>
        <source>The signature was valid at the claimed signing time, but the certificate is not valid now ({reason}); without a timestamp the claimed time cannot be proven.</source>
        <translation>La signature était valide à l'heure de signature annoncée, mais le certificat n'est plus valide aujourd'hui ({reason}) ; sans horodatage, l'heure annoncée ne peut pas être prouvée.</translation>
    </message>
    <message>
        <source>{file} was changed after it was signed (its digest does not match {manifest}).</source>
        <translation>{file} a été modifié après sa signature (son condensé ne correspond pas à {manifest}).</translation>
    </message>
    <message>
        <source>{file} is exactly as signed.</source>
        <translation>{file} est exactement tel qu'il a été signé.</translation>
    </message>
    <message>
        <source>There is no agency with the code {code!r} in this case file.</source>
        <translation>Il n'existe aucun service portant le code {code!r} dans ce fichier de dossier.</translation>
    </message>
    <message>
        <source>The file does not hold the certificates whose fingerprints you confirmed; open it again.</source>
        <translation>Le fichier ne contient pas les certificats dont vous avez confirmé les empreintes ; ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>This row could not be read as CSV; check its quotes and that no cell is far too long.</source>
        <translation>Cette ligne n'a pas pu être lue en tant que CSV ; vérifiez ses guillemets et qu'aucune cellule n'est beaucoup trop longue.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>Le nom dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The agency is longer than {limit} characters.</source>
        <translation>Le service dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The posting is longer than {limit} characters.</source>
        <translation>L'affectation dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The languages are longer than {limit} characters.</source>
        <translation>Les langues dépassent {limit} caractères.</translation>
    </message>
    <message>
        <source>The phone is longer than {limit} characters.</source>
        <translation>Le téléphone dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The email is longer than {limit} characters.</source>
        <translation>L'e-mail dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The coverage is longer than {limit} characters.</source>
        <translation>La zone couverte dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The notes are longer than {limit} characters.</source>
        <translation>Les remarques dépassent {limit} caractères.</translation>
    </message>
    <message>
        <source>The first line must be a header row naming the columns ({allowed}).</source>
        <translation>La première ligne doit être une ligne d'en-tête nommant les colonnes ({allowed}).</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB and was not read.</source>
        <translation>Le fichier dépasse {limit} Mo et n'a pas été lu.</translation>
    </message>
    <message>
        <source>The file contains binary data and is not a CSV text file.</source>
        <translation>Le fichier contient des données binaires et n'est pas un fichier texte CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The header row could not be read as CSV; check its quotes.</source>
        <translation>La ligne d'en-tête n'a pas pu être lue en tant que CSV ; vérifiez ses guillemets.</translation>
    </message>
    <message>
        <source>Column {position} of the header has no name.</source>
        <translation>La colonne {position} de l'en-tête n'a pas de nom.</translation>
    </message>
    <message>
        <source>The header has an unknown column "{column}"; the allowed columns are {allowed}.</source>
        <translation>L'en-tête contient une colonne inconnue « {column} » ; les colonnes autorisées sont {allowed}.</translation>
    </message>
    <message>
        <source>The header names the column "{column}" more than once.</source>
        <translation>L'en-tête nomme la colonne « {column} » plus d'une fois.</translation>
    </message>
    <message>
        <source>The header lacks the required column "{column}".</source>
        <translation>La colonne obligatoire « {column} » manque dans l'en-tête.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and try again.</source>
        <translation>Le fichier n'est pas un texte UTF-8 ; enregistrez-le au format CSV UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>The file has more than {limit:,} rows and was not imported.</source>
        <translation>Le fichier compte plus de {limit:,} lignes et n'a pas été importé.</translation>
    </message>
    <message>
        <source>This row has more cells than the header's {count} columns.</source>
        <translation>Cette ligne contient plus de cellules que les {count} colonnes de l'en-tête.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Le nom est manquant.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and the characters + ( ) - . /.</source>
        <translation>Le numéro de téléphone ne peut contenir que des chiffres, des espaces et les caractères + ( ) - . /.</translation>
    </message>
    <message>
        <source>The e-mail address "{email}" is not valid.</source>
        <translation>L'adresse e-mail « {email} » n'est pas valide.</translation>
    </message>
    <message>
        <source>The agency code is missing.</source>
        <translation>Le code de service est manquant.</translation>
    </message>
    <message>
        <source>The agency code "{code}" is not known.</source>
        <translation>Le code de service « {code} » est inconnu.</translation>
    </message>
    <message>
        <source>This officer is already listed for {agency} on line {first_line}.</source>
        <translation>Cet officier figure déjà pour {agency} à la ligne {first_line}.</translation>
    </message>
    <message>
        <source>The language "{code}" is not a two-letter ISO 639-1 code such as fr or nl.</source>
        <translation>La langue « {code} » n'est pas un code ISO 639-1 à deux lettres tel que fr ou nl.</translation>
    </message>
    <message>
        <source>Only an administrator can add an arrangement to the catalogue.</source>
        <translation>Seul un administrateur peut ajouter un arrangement au catalogue.</translation>
    </message>
    <message>
        <source>An arrangement needs a name.</source>
        <translation>Un arrangement doit avoir un nom.</translation>
    </message>
    <message>
        <source>An arrangement file is at most 1 MB.</source>
        <translation>Un fichier d'arrangement ne peut pas dépasser 1 Mo.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation>{name} n'est pas un texte UTF-8.</translation>
    </message>
    <message>
        <source>The arrangement {name} is not valid: {detail}.</source>
        <translation>L'arrangement {name} n'est pas valide : {detail}.</translation>
    </message>
    <message>
        <source>There is already an arrangement named {name!r}.</source>
        <translation>Il existe déjà un arrangement nommé {name!r}.</translation>
    </message>
    <message>
        <source>Entries {first} to {last} are missing (removed from the log).</source>
        <translation>Les entrées {first} à {last} manquent (elles ont été supprimées du journal).</translation>
    </message>
    <message>
        <source>Entry {entry} does not follow the entry before it (removed or reordered).</source>
        <translation>L'entrée {entry} ne fait pas suite à l'entrée qui la précède (entrée supprimée ou déplacée).</translation>
    </message>
    <message>
        <source>Entry {entry} was changed after it was written.</source>
        <translation>L'entrée {entry} a été modifiée après avoir été écrite.</translation>
    </message>
    <message>
        <source>Further problems were not listed.</source>
        <translation>Les autres problèmes n'ont pas été énumérés.</translation>
    </message>
    <message>
        <source>Only a supervisor signs the head of the audit log.</source>
        <translation>Seul un superviseur signe la tête du journal d'audit.</translation>
    </message>
    <message>
        <source>No signed head of the log verifies: there is nothing to write.</source>
        <translation>Aucune tête signée du journal ne se vérifie : il n’y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>The audit log has no entries to sign.</source>
        <translation>Le journal d'audit n'a aucune entrée à signer.</translation>
    </message>
    <message>
        <source>The signed head of the log at entry {entry} (by {name}) is forged: {problem}</source>
        <translation>La tête signée du journal à l'entrée {entry} (par {name}) est falsifiée : {problem}</translation>
    </message>
    <message>
        <source>The signed head of the log at entry {entry} was not signed with {name}'s own certificate.</source>
        <translation>La tête signée du journal à l'entrée {entry} n'a pas été signée avec le propre certificat de {name}.</translation>
    </message>
    <message>
        <source>The signed head of the log at entry {entry} was signed by {name}, who is not a supervisor.</source>
        <translation>La tête signée du journal à l'entrée {entry} a été signée par {name}, qui n'est pas superviseur.</translation>
    </message>
    <message>
        <source>The log was cut short: it ends at entry {entries}, but {name} signed its head at entry {entry}.</source>
        <translation>Le journal a été tronqué : il s'arrête à l'entrée {entries}, mais {name} a signé sa tête à l'entrée {entry}.</translation>
    </message>
    <message>
        <source>Entry {entry} is not the one {name} signed: the log was rewritten at or before it.</source>
        <translation>L'entrée {entry} n'est pas celle que {name} a signée : le journal a été réécrit à cette entrée ou avant.</translation>
    </message>
    <message>
        <source>This is not an anchor file of Benelux Case Desk.</source>
        <translation>Ce n'est pas un fichier de tête signée de Benelux Case Desk.</translation>
    </message>
    <message>
        <source>The anchor file is damaged: a field is missing or has the wrong form.</source>
        <translation>Le fichier de tête signée est endommagé : un champ manque ou n'a pas la bonne forme.</translation>
    </message>
    <message>
        <source>The anchor file is damaged: its signature is not base64.</source>
        <translation>Le fichier de tête signée est endommagé : sa signature n'est pas en base64.</translation>
    </message>
    <message>
        <source>This signed head belongs to another case file.</source>
        <translation>Cette tête signée appartient à un autre fichier de dossier.</translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation>La signature ne se vérifie pas.</translation>
    </message>
    <message>
        <source>The signed head of entry {entry} is forged: {problem}</source>
        <translation>La tête signée à l'entrée {entry} est falsifiée : {problem}</translation>
    </message>
    <message>
        <source>The signed head of entry {entry} was not signed by a member of this case file.</source>
        <translation>La tête signée à l'entrée {entry} n'a pas été signée par un membre de ce fichier de dossier.</translation>
    </message>
    <message>
        <source>The signed head of entry {entry} was signed by someone who was not a supervisor.</source>
        <translation>La tête signée à l'entrée {entry} a été signée par une personne qui n'était pas superviseur.</translation>
    </message>
    <message>
        <source>The case file was upgraded to the current format; a backup was kept in {backup}.</source>
        <translation>Le fichier de dossier a été mis à niveau vers le format actuel ; une sauvegarde a été conservée dans {backup}.</translation>
    </message>
    <message>
        <source>The case file's write-ahead log (case.db-wal) is damaged: changes saved after the damaged part would be lost. Nothing was opened or changed; restore the latest backup.</source>
        <translation>Le journal d'écriture anticipée du fichier de dossier (case.db-wal) est endommagé : les modifications enregistrées après la partie endommagée seraient perdues. Rien n'a été ouvert ni modifié ; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>There is no room left on the disk to write to the case file; nothing was changed.</source>
        <translation>Il n'y a plus de place sur le disque pour écrire dans le fichier de dossier ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The disk refused to write to the case file (it may be full); the last change may not have been saved: close the case file and open it again to see what it holds.</source>
        <translation>Le disque a refusé d'écrire dans le fichier de dossier (il est peut-être plein) ; la dernière modification n'a peut-être pas été enregistrée : fermez le fichier de dossier et rouvrez-le pour voir ce qu'il contient.</translation>
    </message>
    <message>
        <source>The member of this key slot is no longer part of the case file.</source>
        <translation>Le membre de cet emplacement de clé ne fait plus partie du fichier de dossier.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Un membre doit avoir un nom.</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty.</source>
        <translation>Une phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The case file's database is damaged (a page failed its integrity check); run `casedesk check` on a copy, or restore the latest backup.</source>
        <translation>La base de données du fichier de dossier est endommagée (une page n'a pas passé le contrôle d'intégrité) ; lancez `casedesk check` sur une copie, ou restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>There is no agency with the code {code!r}.</source>
        <translation>Il n'existe aucun service portant le code {code!r}.</translation>
    </message>
    <message>
        <source>{filename} is larger than {limit} MB; attach a smaller file.</source>
        <translation>{filename} dépasse {limit} Mo ; joignez un fichier plus petit.</translation>
    </message>
    <message>
        <source>The copy could not be written to {destination} ({reason}).</source>
        <translation>La copie n'a pas pu être écrite dans {destination} ({reason}).</translation>
    </message>
    <message>
        <source>The field {field} needs a time zone.</source>
        <translation>Le champ {field} doit comporter un fuseau horaire.</translation>
    </message>
    <message>
        <source>{moment:%Y-%m-%d %H:%M} does not exist in {zone} (clocks go forward at that hour).</source>
        <translation>{moment:%Y-%m-%d %H:%M} n'existe pas dans le fuseau {zone} (les horloges avancent d'une heure à ce moment-là).</translation>
    </message>
    <message>
        <source>{moment:%Y-%m-%d %H:%M} happens twice in {zone} (clocks go back); give the UTC offset, e.g. {earlier} or {later}.</source>
        <translation>{moment:%Y-%m-%d %H:%M} existe deux fois dans le fuseau {zone} (les horloges reculent d'une heure) ; indiquez le décalage par rapport à UTC, par exemple {earlier} ou {later}.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude of the place, or neither.</source>
        <translation>Indiquez à la fois la latitude et la longitude du lieu, ou aucune des deux.</translation>
    </message>
    <message>
        <source>{filename} is not an ordinary file (it is a device or a pipe); attach a file.</source>
        <translation>{filename} n'est pas un fichier ordinaire (c'est un périphérique ou un tube) ; joignez un fichier.</translation>
    </message>
    <message>
        <source>{zone!r} is not a known time zone (use e.g. Europe/Brussels).</source>
        <translation>{zone!r} n'est pas un fuseau horaire connu (utilisez par exemple Europe/Brussels).</translation>
    </message>
    <message>
        <source>The due date needs a time zone.</source>
        <translation>La date d'échéance doit comporter un fuseau horaire.</translation>
    </message>
    <message>
        <source>The latitude must be a number of degrees.</source>
        <translation>La latitude doit être un nombre de degrés.</translation>
    </message>
    <message>
        <source>The latitude {latitude} is outside the globe (from -90 to 90 degrees).</source>
        <translation>La latitude {latitude} est en dehors des valeurs possibles (de -90 à 90 degrés).</translation>
    </message>
    <message>
        <source>The longitude must be a number of degrees.</source>
        <translation>La longitude doit être un nombre de degrés.</translation>
    </message>
    <message>
        <source>The longitude {longitude} is outside the globe (from -180 to 180 degrees).</source>
        <translation>La longitude {longitude} est en dehors des valeurs possibles (de -180 à 180 degrés).</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Un dossier doit avoir un titre.</translation>
    </message>
    <message>
        <source>Unknown field for a case of the kind {kind}: {field}.</source>
        <translation>Champ inconnu pour un dossier du type {kind} : {field}.</translation>
    </message>
    <message>
        <source>A person, vehicle or object needs a name or description.</source>
        <translation>Une personne, un véhicule ou un objet doit avoir un nom ou une description.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>Une pièce jointe doit avoir un nom de fichier.</translation>
    </message>
    <message>
        <source>Case {reference} is closed; it can no longer be changed.</source>
        <translation>Le dossier {reference} est clôturé ; il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>There is no case {reference!r} in this case file.</source>
        <translation>Il n'y a pas de dossier {reference!r} dans ce fichier de dossier.</translation>
    </message>
    <message>
        <source>A case of the kind {kind} has no kind-specific fields.</source>
        <translation>Un dossier du type {kind} n'a pas de champs propres à son type.</translation>
    </message>
    <message>
        <source>Case {reference} is already closed.</source>
        <translation>Le dossier {reference} est déjà clôturé.</translation>
    </message>
    <message>
        <source>There is no task {task}.</source>
        <translation>Il n'y a pas de tâche {task}.</translation>
    </message>
    <message>
        <source>The task {title!r} is already done.</source>
        <translation>La tâche {title!r} est déjà faite.</translation>
    </message>
    <message>
        <source>{filename} could not be read.</source>
        <translation>{filename} n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>There is no attachment {attachment}.</source>
        <translation>Il n'y a pas de pièce jointe {attachment}.</translation>
    </message>
    <message>
        <source>The stored content of {filename} does not match its SHA-256.</source>
        <translation>Le contenu enregistré de {filename} ne correspond pas à son empreinte SHA-256.</translation>
    </message>
    <message>
        <source>There is no request {reference!r}.</source>
        <translation>Il n'y a pas de demande {reference!r}.</translation>
    </message>
    <message>
        <source>{filename} could not be read ({reason}).</source>
        <translation>{filename} n'a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>The decrypted copy of {filename} could not be written to {destination} ({reason}); the audit log records the attempt and may not record that it failed, because the disk refused to write to the case file (it may be full).</source>
        <translation>La copie déchiffrée de {filename} n'a pas pu être écrite dans {destination} ({reason}) ; le journal d'audit consigne la tentative et peut-être pas son échec, car le disque a refusé d'écrire dans le fichier de dossier (il est peut-être plein).</translation>
    </message>
    <message>
        <source>A request between two agencies in {country} is not cross-border, so no cross-border legal basis applies.</source>
        <translation>Une demande entre deux services du même pays ({country}) n'est pas transfrontalière ; aucune base légale transfrontalière ne s'applique donc.</translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: the {following} applies to events from {start}.</source>
        <translation>{instrument} n'est pas en vigueur le {day} : {following} s'applique aux faits survenus à partir du {start}.</translation>
    </message>
    <message>
        <source>{reference} is not valid for request kind '{kind}'.</source>
        <translation>{reference} n'est pas valable pour le type de demande {kind}.</translation>
    </message>
    <message>
        <source>{reference} does not apply between {requesting} and {requested}: {outsider} is not a party to the {instrument}.</source>
        <translation>{reference} ne s'applique pas entre {requesting} et {requested} : {outsider} n'est pas partie à l'instrument {instrument}.</translation>
    </message>
    <message>
        <source>{reference} does not apply between {requesting} and {requested}: {requesting} and {requested} are not parties to the {instrument}.</source>
        <translation>{reference} ne s'applique pas entre {requesting} et {requested} : {requesting} et {requested} ne sont pas parties à l'instrument {instrument}.</translation>
    </message>
    <message>
        <source>{reference} applies only between the countries of these pairs: {pairs}; not between {requesting} and {requested}.</source>
        <translation>{reference} s'applique uniquement entre les pays de ces paires : {pairs} ; pas entre {requesting} et {requested}.</translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: the {previous} applies to events before {start}.</source>
        <translation>{instrument} n'est pas en vigueur le {day} : {previous} s'applique aux faits survenus avant le {start}.</translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: it applies to events up to {end}.</source>
        <translation>{instrument} n'est pas en vigueur le {day} : ce texte s'applique aux faits survenus jusqu'au {end}.</translation>
    </message>
    <message>
        <source>{instrument!r} is not an instrument in the agreements catalogue.</source>
        <translation>{instrument!r} n'est pas un instrument du catalogue des accords.</translation>
    </message>
    <message>
        <source>{basis!r} is not a legal basis in the agreements catalogue.</source>
        <translation>{basis!r} n'est pas une base légale du catalogue des accords.</translation>
    </message>
    <message>
        <source>{reference} applies only between {first} and {second}, not between {requesting} and {requested}.</source>
        <translation>{reference} s'applique uniquement entre {first} et {second}, pas entre {requesting} et {requested}.</translation>
    </message>
    <message>
        <source>The {instrument} is not in force on {day}: it applies to events from {start}.</source>
        <translation>{instrument} n'est pas en vigueur le {day} : ce texte s'applique aux faits survenus à partir du {start}.</translation>
    </message>
    <message>
        <source>Open the case file as the member whose credential this is.</source>
        <translation>Ouvrez le fichier de dossier en tant que membre titulaire de ce certificat.</translation>
    </message>
    <message>
        <source>A PKCS#12 file is at most 1 MB.</source>
        <translation>Un fichier PKCS#12 ne peut pas dépasser 1 Mo.</translation>
    </message>
    <message>
        <source>This certificate expired on {date:%Y-%m-%d}.</source>
        <translation>Ce certificat a expiré le {date:%Y-%m-%d}.</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can change the trust store.</source>
        <translation>Seul un administrateur ou un superviseur peut modifier le magasin de confiance.</translation>
    </message>
    <message>
        <source>The system keyring refused to remember the certificate password.</source>
        <translation>Le trousseau du système a refusé de retenir le mot de passe du certificat.</translation>
    </message>
    <message>
        <source>This member has no signing certificate in this case file; import a PKCS#12 file first.</source>
        <translation>Ce membre n'a pas de certificat de signature dans ce fichier de dossier ; importez d'abord un fichier PKCS#12.</translation>
    </message>
    <message>
        <source>{name} has no signing certificate in this case file; import a PKCS#12 file first.</source>
        <translation>{name} n'a pas de certificat de signature dans ce fichier de dossier ; importez d'abord un fichier PKCS#12.</translation>
    </message>
    <message>
        <source>The password of {name}'s signing certificate is needed.</source>
        <translation>Le mot de passe du certificat de signature de {name} est nécessaire.</translation>
    </message>
    <message>
        <source>{name}'s signing certificate: {problem}</source>
        <translation>Certificat de signature de {name} : {problem}</translation>
    </message>
    <message>
        <source>There is no certificate with that fingerprint in the trust store.</source>
        <translation>Aucun certificat portant cette empreinte ne se trouve dans le magasin de confiance.</translation>
    </message>
    <message>
        <source>The certificate {fingerprint}… is pinned to several agencies ({agencies}); say which.</source>
        <translation>Le certificat {fingerprint}… est épinglé à plusieurs services ({agencies}) ; indiquez lequel.</translation>
    </message>
    <message>
        <source>There is no certificate with that fingerprint pinned to {agency}.</source>
        <translation>Aucun certificat portant cette empreinte n'est épinglé à {agency}.</translation>
    </message>
    <message>
        <source>Creating the case file and its members…</source>
        <translation>Création du fichier de dossier et de ses membres…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Filing cases and requests…</source>
        <translation>Enregistrement des dossiers et des demandes…</translation>
    </message>
    <message>
        <source>Adding {count:,} more requests in bulk…</source>
        <translation>Ajout en masse de {count:,} demandes supplémentaires…</translation>
    </message>
    <message>
        <source>{path} was not written: the disk refused to record the export in the case file's audit log (it may be full).</source>
        <translation>{path} n’a pas été écrit : le disque a refusé d’inscrire l’export dans le journal d’audit du fichier de dossier (il est peut-être plein).</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); the audit log records the export and may not record that it failed, because the disk refused to write to the case file (it may be full).</source>
        <translation>{path} n’a pas pu être écrit ({reason}) ; le journal d’audit enregistre l’export et peut ne pas enregistrer son échec, car le disque a refusé d’écrire dans le fichier de dossier (il est peut-être plein).</translation>
    </message>
    <message>
        <source>The first month ({first}) comes after the last month ({last}).</source>
        <translation>Le premier mois ({first}) est postérieur au dernier mois ({last}).</translation>
    </message>
    <message>
        <source>There is no equipment loan {reference!r} in this case file.</source>
        <translation>Il n'y a pas de prêt de matériel {reference!r} dans ce fichier de dossier.</translation>
    </message>
    <message>
        <source>Your role cannot record loans.</source>
        <translation>Votre rôle ne permet pas d'enregistrer des prêts.</translation>
    </message>
    <message>
        <source>Item {item} is not on this loan's inventory list.</source>
        <translation>L'objet {item} ne figure pas sur la liste d'inventaire de ce prêt.</translation>
    </message>
    <message>
        <source>Say in which condition {item!r} came back (good, damaged or lost).</source>
        <translation>Indiquez l'état de {item!r} au retour (bon état, endommagé ou perdu).</translation>
    </message>
    <message>
        <source>Describe the damage or loss of {item!r}; the borrower bears it.</source>
        <translation>Décrivez les dommages ou la perte de {item!r}, qui sont à la charge de l'emprunteur.</translation>
    </message>
    <message>
        <source>Loan lists are: out, due_soon, overdue, returned or all.</source>
        <translation>Les listes de prêts possibles sont : out, due_soon, overdue, returned ou all.</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can manage members.</source>
        <translation>Seul un administrateur ou un superviseur peut gérer les membres.</translation>
    </message>
    <message>
        <source>Open the case file with your own passphrase to change it.</source>
        <translation>Ouvrez le fichier de dossier avec votre propre phrase secrète pour pouvoir la modifier.</translation>
    </message>
    <message>
        <source>The new passphrase cannot be empty.</source>
        <translation>La nouvelle phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <source>There is no active member named {name!r}.</source>
        <translation>Il n'y a pas de membre actif nommé {name!r}.</translation>
    </message>
    <message>
        <source>Open the case file with your own passphrase first.</source>
        <translation>Ouvrez d'abord le fichier de dossier avec votre propre phrase secrète.</translation>
    </message>
    <message>
        <source>There is no such quick-unlock slot in this case file.</source>
        <translation>Cet emplacement de déverrouillage rapide n'existe pas dans ce fichier de dossier.</translation>
    </message>
    <message>
        <source>There is already a member named {name!r}.</source>
        <translation>Il existe déjà un membre nommé {name!r}.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator or supervisor.</source>
        <translation>Vous ne pouvez pas vous supprimer vous-même ; demandez-le à un autre administrateur ou superviseur.</translation>
    </message>
    <message>
        <source>{name} can no longer open the case file, but the disk refused to record the removal (it may be full), so {name} may still be listed: free some space, open the case file again and remove {name} again to finish.</source>
        <translation>{name} ne peut plus ouvrir le fichier de dossier, mais le disque a refusé d'enregistrer le retrait (il est peut-être plein) ; {name} figure peut-être encore dans la liste : libérez de la place, rouvrez le fichier de dossier et retirez à nouveau {name} pour terminer.</translation>
    </message>
    <message>
        <source>The package is larger than 64 MB; nothing was imported.</source>
        <translation>Le paquet dépasse 64 Mo ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>The package is encrypted; give your agency's decryption certificate (PKCS#12).</source>
        <translation>Le paquet est chiffré ; fournissez le certificat de déchiffrement de votre service (PKCS#12).</translation>
    </message>
    <message>
        <source>Your role cannot import packages.</source>
        <translation>Votre rôle ne permet pas d'importer des paquets.</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Non importé : {reason}</translation>
    </message>
    <message>
        <source>The answer is addressed to {agency}, not to an agency of this case file; nothing was imported.</source>
        <translation>La réponse est adressée à {agency}, et non à un service de ce fichier de dossier ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>The answer refers to {reference}, which is not a request of ours to {agency}; nothing was imported.</source>
        <translation>La réponse se rapporte à {reference}, qui n'est pas une de nos demandes adressées à {agency} ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>{reference} has the status {status}, not waiting for an answer; nothing was imported.</source>
        <translation>{reference} est au statut {status} et n'attend pas de réponse ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>The answer from {agency} was linked to {reference}, now answered.</source>
        <translation>La réponse de {agency} a été rattachée à {reference}, qui passe au statut Répondu.</translation>
    </message>
    <message>
        <source>The package is addressed to {agency}, not to an agency of this case file.</source>
        <translation>Le paquet est adressé à {agency}, et non à un service de ce fichier de dossier.</translation>
    </message>
    <message>
        <source>{agency}'s request {partner_reference} was filed as {reference} (received).</source>
        <translation>La demande {partner_reference} de {agency} a été enregistrée sous {reference} (statut Reçu).</translation>
    </message>
    <message>
        <source>The package names an agency this case file does not know; nothing was imported.</source>
        <translation>Le paquet mentionne un service que ce fichier de dossier ne connaît pas ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>The partner's request cannot be filed here: its kind {kind!r} is not one this version knows.</source>
        <translation>La demande du partenaire ne peut pas être enregistrée ici : son type {kind!r} est inconnu de cette version.</translation>
    </message>
    <message>
        <source>The partner's request cannot be filed here: its date of the events {value!r} is not readable.</source>
        <translation>La demande du partenaire ne peut pas être enregistrée ici : sa date des faits {value!r} est illisible.</translation>
    </message>
    <message>
        <source>The partner's request cannot be filed here: {reason}</source>
        <translation>La demande du partenaire ne peut pas être enregistrée ici : {reason}</translation>
    </message>
    <message>
        <source>The loan period of the partner's request ends before it starts.</source>
        <translation>La période de prêt de la demande du partenaire se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Already imported.</source>
        <translation>Déjà importé.</translation>
    </message>
    <message>
        <source>This package was already imported on {when:%Y-%m-%d %H:%M} UTC as {reference}.</source>
        <translation>Ce paquet a déjà été importé le {when:%Y-%m-%d %H:%M} UTC sous la référence {reference}.</translation>
    </message>
    <message>
        <source>This package was already imported on {when:%Y-%m-%d %H:%M} UTC.</source>
        <translation>Ce paquet a déjà été importé le {when:%Y-%m-%d %H:%M} UTC.</translation>
    </message>
    <message>
        <source>A package with the same identifier was already imported; this copy differs in its bytes and was not imported.</source>
        <translation>Un paquet portant le même identifiant a déjà été importé ; cette copie n'est pas identique octet pour octet et n'a pas été importée.</translation>
    </message>
    <message>
        <source>The loan period of the partner's request is not readable.</source>
        <translation>La période de prêt de la demande du partenaire est illisible.</translation>
    </message>
    <message>
        <source>handling code {code}</source>
        <translation>code de traitement {code}</translation>
    </message>
    <message>
        <source>graded {grading}</source>
        <translation>évaluation {grading}</translation>
    </message>
    <message>
        <source>Your role cannot answer requests.</source>
        <translation>Votre rôle ne permet pas de répondre aux demandes.</translation>
    </message>
    <message>
        <source>An answer needs some text.</source>
        <translation>Une réponse doit contenir du texte.</translation>
    </message>
    <message>
        <source>The trust store holds no RSA encryption certificate for {agency}.</source>
        <translation>Le magasin de confiance ne contient aucun certificat de chiffrement RSA pour {agency}.</translation>
    </message>
    <message>
        <source>This front end cannot render the request's PDF form, so it cannot export packages.</source>
        <translation>Cette interface ne peut pas produire le formulaire PDF de la demande ; elle ne peut donc pas exporter de paquets.</translation>
    </message>
    <message>
        <source>There is no request {reference!r} in this case file.</source>
        <translation>Il n'y a pas de demande {reference!r} dans ce fichier de dossier.</translation>
    </message>
    <message>
        <source>the request's data</source>
        <translation>les données de la demande</translation>
    </message>
    <message>
        <source>the request as a readable form</source>
        <translation>la demande sous forme de formulaire lisible</translation>
    </message>
    <message>
        <source>Attachment {attachment} does not belong to the case of {reference}.</source>
        <translation>La pièce jointe {attachment} n'appartient pas au dossier de {reference}.</translation>
    </message>
    <message>
        <source>Only an outgoing request is exported; answer an incoming one with an answer package.</source>
        <translation>Seule une demande sortante peut être exportée ; répondez à une demande entrante par un paquet de réponse.</translation>
    </message>
    <message>
        <source>{reference} has the status {status}; only an approved request is exported.</source>
        <translation>{reference} est au statut {status} ; seule une demande approuvée peut être exportée.</translation>
    </message>
    <message>
        <source>The supervisor who approved the request signs and exports it.</source>
        <translation>C'est le superviseur qui a approuvé la demande qui la signe et l'exporte.</translation>
    </message>
    <message>
        <source>Only a supervisor can override handling codes.</source>
        <translation>Seul un superviseur peut passer outre les codes de traitement.</translation>
    </message>
    <message>
        <source>{reference} is graded {grading}: it is held back; a supervisor must override the handling code to export it.</source>
        <translation>{reference} porte l'évaluation {grading} : elle est retenue ; un superviseur doit passer outre le code de traitement pour l'exporter.</translation>
    </message>
    <message>
        <source>There is no other filer to add a second signature.</source>
        <translation>Il n'y a pas d'autre auteur de la demande pour ajouter une seconde signature.</translation>
    </message>
    <message>
        <source>Only an incoming request is answered with an answer package.</source>
        <translation>Seule une demande entrante appelle un paquet de réponse.</translation>
    </message>
    <message>
        <source>{reference} has the status {status}; answer it first.</source>
        <translation>{reference} est au statut {status} ; répondez-y d'abord.</translation>
    </message>
    <message>
        <source>{reference} has handling code {code}: it is held back; a supervisor must override the handling code to export it.</source>
        <translation>{reference} porte le code de traitement {code} : elle est retenue ; un superviseur doit passer outre le code de traitement pour l'exporter.</translation>
    </message>
    <message>
        <source>{reference} has the status {status}; it was already answered.</source>
        <translation>{reference} est au statut {status} ; une réponse y a déjà été apportée.</translation>
    </message>
    <message>
        <source>No legal basis in the agreements catalogue covers a request of kind {kind} between {requesting} and {requested} for events on {day}.</source>
        <translation>Aucune base légale du catalogue des accords ne couvre une demande du type {kind} entre {requesting} et {requested} pour des faits survenus le {day}.</translation>
    </message>
    <message>
        <source>Say which of your agencies files the request (your member record has no agency).</source>
        <translation>Indiquez lequel de vos services établit la demande (votre fiche de membre n'indique aucun service).</translation>
    </message>
    <message>
        <source>The date of the events needs a time zone.</source>
        <translation>La date des faits doit comporter un fuseau horaire.</translation>
    </message>
    <message>
        <source>The partner agency must be another agency than your own.</source>
        <translation>Le service partenaire doit être un autre service que le vôtre.</translation>
    </message>
    <message>
        <source>A request in status {status} is finished; it cannot be changed any more.</source>
        <translation>Une demande au statut {status} est terminée ; elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumission</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejet</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>révision</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôture</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>remise du matériel</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>restitution du matériel</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be submitted; it can be {allowed}.</source>
        <translation>Une demande au statut {status} ne peut pas être soumise ; actions possibles : {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be approved; it can be {allowed}.</source>
        <translation>Une demande au statut {status} ne peut pas être approuvée ; actions possibles : {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be rejected; it can be {allowed}.</source>
        <translation>Une demande au statut {status} ne peut pas être rejetée ; actions possibles : {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be revised; it can be {allowed}.</source>
        <translation>Une demande au statut {status} ne peut pas être révisée ; actions possibles : {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be sent; it can be {allowed}.</source>
        <translation>Une demande au statut {status} ne peut pas être envoyée ; actions possibles : {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be answered; it can be {allowed}.</source>
        <translation>Une demande au statut {status} ne peut pas recevoir de réponse ; actions possibles : {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be closed; it can be {allowed}.</source>
        <translation>Une demande au statut {status} ne peut pas être clôturée ; actions possibles : {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be handed over; it can be {allowed}.</source>
        <translation>Pour une demande au statut {status}, le matériel ne peut pas être remis ; actions possibles : {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be returned; it can be {allowed}.</source>
        <translation>Pour une demande au statut {status}, le matériel ne peut pas être restitué ; actions possibles : {allowed}.</translation>
    </message>
    <message>
        <source>A request in status {status} cannot be cancelled.</source>
        <translation>Une demande au statut {status} ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve or reject a request.</source>
        <translation>Seul un superviseur peut approuver ou rejeter une demande.</translation>
    </message>
    <message>
        <source>You cannot approve or reject a request you created or submitted; another supervisor must decide (four-eyes rule).</source>
        <translation>Vous ne pouvez pas approuver ou rejeter une demande que vous avez créée ou soumise ; un autre superviseur doit décider (principe des quatre yeux).</translation>
    </message>
    <message>
        <source>A loan cannot be cancelled while the equipment is handed over; record its return first.</source>
        <translation>Un prêt ne peut pas être annulé tant que le matériel se trouve chez l'emprunteur ; enregistrez d'abord sa restitution.</translation>
    </message>
    <message>
        <source>The loan start needs a time zone.</source>
        <translation>Le début du prêt doit comporter un fuseau horaire.</translation>
    </message>
    <message>
        <source>The loan end needs a time zone.</source>
        <translation>La fin du prêt doit comporter un fuseau horaire.</translation>
    </message>
    <message>
        <source>The time of receipt needs a time zone.</source>
        <translation>L'heure de réception doit comporter un fuseau horaire.</translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation>L'heure doit comporter un fuseau horaire.</translation>
    </message>
    <message>
        <source>Only investigators, duty officers and supervisors file requests.</source>
        <translation>Seuls les enquêteurs, les officiers de permanence et les superviseurs établissent des demandes.</translation>
    </message>
    <message>
        <source>A request needs a title.</source>
        <translation>Une demande doit avoir un titre.</translation>
    </message>
    <message>
        <source>An equipment loan needs the start and end of the loan period.</source>
        <translation>Un prêt de matériel doit indiquer le début et la fin de la période de prêt.</translation>
    </message>
    <message>
        <source>The loan period must end after it starts.</source>
        <translation>La période de prêt doit se terminer après son début.</translation>
    </message>
    <message>
        <source>An equipment loan needs an inventory list with at least one item.</source>
        <translation>Un prêt de matériel doit comporter une liste d'inventaire d'au moins un objet.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Un rejet doit être motivé.</translation>
    </message>
    <message>
        <source>Your role cannot act on requests.</source>
        <translation>Votre rôle ne permet pas d'agir sur les demandes.</translation>
    </message>
    <message>
        <source>The legal basis {reference} requires: {fields}.</source>
        <translation>La base légale {reference} exige : {fields}.</translation>
    </message>
    <message>
        <source>An urgent information request must say whether the information is directly or indirectly accessible.</source>
        <translation>Une demande d'informations urgente doit indiquer si les informations sont directement ou indirectement accessibles.</translation>
    </message>
    <message>
        <source>Every item of the inventory list needs a type.</source>
        <translation>Chaque objet de la liste d'inventaire doit avoir un type.</translation>
    </message>
    <message>
        <source>The quantity of {item!r} must be at least 1.</source>
        <translation>La quantité de {item!r} doit être d'au moins 1.</translation>
    </message>
    <message>
        <source>{item!r} lists {serials} serial numbers for a quantity of {quantity}.</source>
        <translation>{item!r} comporte {serials} numéros de série pour une quantité de {quantity}.</translation>
    </message>
    <message>
        <source>The field {label!r} must be a date and time with its zone.</source>
        <translation>Le champ {label!r} doit contenir une date et une heure avec leur fuseau horaire.</translation>
    </message>
    <message>
        <source>There is no case {reference!r}.</source>
        <translation>Il n'y a pas de dossier {reference!r}.</translation>
    </message>
    <message>
        <source>Only an equipment-loan request has an inventory list.</source>
        <translation>Seule une demande de prêt de matériel comporte une liste d'inventaire.</translation>
    </message>
    <message>
        <source>This case file was written by a newer version of Benelux Case Desk; please update the application to open it.</source>
        <translation>Ce fichier de dossier a été écrit par une version plus récente de Benelux Case Desk ; mettez l'application à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>This database has tables but no schema version; it is not a case file of ours.</source>
        <translation>Cette base de données contient des tables mais aucune version de schéma ; ce n'est pas un fichier de dossier de cette application.</translation>
    </message>
    <message>
        <source>Choose a file name for the package.</source>
        <translation>Choisissez un nom de fichier pour le paquet.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} est un répertoire ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write into {folder}; choose another place.</source>
        <translation>Impossible d'écrire dans {folder} ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}); choose another place.</source>
        <translation>Impossible d'écrire {path} ({reason}) ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The package was signed and recorded in the case file, but {path} could not be written ({reason}); export it again to another place.</source>
        <translation>Le paquet a été signé et consigné dans le fichier de dossier, mais {path} n'a pas pu être écrit ({reason}) ; exportez-le de nouveau vers un autre emplacement.</translation>
    </message>
    <message>
        <source>{file} is not a file that can be read.</source>
        <translation>{file} n'est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>{file} could not be read.</source>
        <translation>{file} n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>The decryption key: {reason}</source>
        <translation>Clé de déchiffrement : {reason}</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>{file} n'a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>Only an incoming request is declined; an outgoing one is rejected in Approvals.</source>
        <translation>Seule une demande entrante peut être déclinée ; une demande sortante se rejette dans Approbations.</translation>
    </message>
    <message>
        <source>{reference} has the status {status}; only a received request is answered.</source>
        <translation>{reference} est au statut {status} ; seule une demande reçue peut recevoir une réponse.</translation>
    </message>
    <message>
        <source>The answer was signed and recorded in the case file, but {path} could not be written ({reason}); send the answer again to another place.</source>
        <translation>La réponse a été signée et consignée dans le fichier de dossier, mais {path} n'a pas pu être écrit ({reason}) ; renvoyez la réponse vers un autre emplacement.</translation>
    </message>
    <message>
        <source>An escrow certificate must hold an RSA key of at least 2048 bits.</source>
        <translation>Un certificat de séquestre doit contenir une clé RSA d'au moins 2048 bits.</translation>
    </message>
    <message>
        <source>A case file needs a first member.</source>
        <translation>Un fichier de dossier doit avoir un premier membre.</translation>
    </message>
    <message>
        <source>Two members have the same name; give each a different one.</source>
        <translation>Deux membres portent le même nom ; donnez à chacun un nom différent.</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can add the other members: make the first member one.</source>
        <translation>Seul un administrateur ou un superviseur peut ajouter les autres membres : attribuez l'un de ces rôles au premier membre.</translation>
    </message>
    <message>
        <source>Nothing is remembered for this case file on this device; open it with your passphrase.</source>
        <translation>Rien n'est retenu pour ce fichier de dossier sur cet appareil ; ouvrez-le avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters; nothing was changed.</source>
        <translation>Une phrase secrète doit compter au moins 8 caractères ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{file} is not a readable X.509 certificate.</source>
        <translation>{file} n'est pas un certificat X.509 lisible.</translation>
    </message>
    <message>
        <source>The passphrase of {member} needs at least {length} characters.</source>
        <translation>La phrase secrète de {member} doit compter au moins {length} caractères.</translation>
    </message>
    <message>
        <source>The key-slot file was damaged or missing; it was restored from its backup copy.</source>
        <translation>Le fichier des emplacements de clé était endommagé ou manquant ; il a été restauré à partir de sa copie de sauvegarde.</translation>
    </message>
    <message>
        <source>An interrupted change of the data key was completed.</source>
        <translation>Un changement interrompu de la clé de données a été mené à terme.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for {name}.</source>
        <translation>La phrase secrète n'est pas correcte pour {name}.</translation>
    </message>
    <message>
        <source>There is no case file at {path}.</source>
        <translation>Il n'y a pas de fichier de dossier à l'emplacement {path}.</translation>
    </message>
    <message>
        <source>Both key-slot files of this case file are missing.</source>
        <translation>Les deux fichiers des emplacements de clé de ce fichier de dossier sont manquants.</translation>
    </message>
    <message>
        <source>A case file's folder name ends in {suffix}.</source>
        <translation>Le nom du répertoire d'un fichier de dossier se termine par {suffix}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>No escrow slot of this case file matches that key.</source>
        <translation>Aucun emplacement de séquestre de ce fichier de dossier ne correspond à cette clé.</translation>
    </message>
    <message>
        <source>This case file has no slot of that kind.</source>
        <translation>Ce fichier de dossier n'a aucun emplacement de ce type.</translation>
    </message>
    <message>
        <source>The key-slot file and its backup are both damaged; the case file cannot be opened.</source>
        <translation>Le fichier des emplacements de clé et sa copie de sauvegarde sont tous deux endommagés ; le fichier de dossier ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The recovery code is not correct for this case file.</source>
        <translation>Le code de récupération n'est pas correct pour ce fichier de dossier.</translation>
    </message>
    <message>
        <source>The secret remembered on this device no longer opens this case file.</source>
        <translation>Le secret retenu sur cet appareil n'ouvre plus ce fichier de dossier.</translation>
    </message>
    <message>
        <source>The passphrase does not open this case file for any of its members.</source>
        <translation>La phrase secrète n'ouvre ce fichier de dossier pour aucun de ses membres.</translation>
    </message>
    <message>
        <source>The case file's database is missing.</source>
        <translation>La base de données du fichier de dossier est manquante.</translation>
    </message>
    <message>
        <source>The database does not open with the key held by the key-slot file: one of them is damaged or was replaced.</source>
        <translation>La base de données ne s'ouvre pas avec la clé contenue dans le fichier des emplacements de clé : l'un des deux est endommagé ou a été remplacé.</translation>
    </message>
    <message>
        <source>{name} is a file, not a case-file folder ({suffix}).</source>
        <translation>{name} est un fichier, et non un répertoire de fichier de dossier ({suffix}).</translation>
    </message>
    <message>
        <source>{name} is not a Benelux Case Desk case file.</source>
        <translation>{name} n'est pas un fichier de dossier Benelux Case Desk.</translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation>Le fichier de dossier est verrouillé.</translation>
    </message>
    <message>
        <source>There is already a member named {name!r} in this case file.</source>
        <translation>Il existe déjà un membre nommé {name!r} dans ce fichier de dossier.</translation>
    </message>
    <message>
        <source>This escrow certificate already has a slot.</source>
        <translation>Ce certificat de séquestre a déjà un emplacement.</translation>
    </message>
    <message>
        <source>Only a member's passphrase can be changed this way.</source>
        <translation>Seule la phrase secrète d'un membre peut être modifiée de cette manière.</translation>
    </message>
    <message>
        <source>That member has no key slot in this case file.</source>
        <translation>Ce membre n'a pas d'emplacement de clé dans ce fichier de dossier.</translation>
    </message>
    <message>
        <source>The last way into the case file cannot be removed.</source>
        <translation>Le dernier moyen d'ouvrir le fichier de dossier ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>There is no member named {name!r} in this case file.</source>
        <translation>Il n'y a pas de membre nommé {name!r} dans ce fichier de dossier.</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read: {reason}.</source>
        <translation>Le fichier des emplacements de clé ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>There is no such key slot in this case file.</source>
        <translation>Cet emplacement de clé n'existe pas dans ce fichier de dossier.</translation>
    </message>
    <message>
        <source>The case file's database is damaged and cannot be opened.</source>
        <translation>La base de données du fichier de dossier est endommagée et ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The escrow slot of the key-slot file is damaged.</source>
        <translation>L'emplacement de séquestre du fichier des emplacements de clé est endommagé.</translation>
    </message>
    <message>
        <source>The case file's database could not be opened ({reason}).</source>
        <translation>La base de données du fichier de dossier n'a pas pu être ouverte ({reason}).</translation>
    </message>
    <message>
        <source>The database in this case file is not readable with its key.</source>
        <translation>La base de données de ce fichier de dossier n'est pas lisible avec sa clé.</translation>
    </message>
    <message>
        <source>The case file's database is damaged.</source>
        <translation>La base de données du fichier de dossier est endommagée.</translation>
    </message>
    <message>
        <source>Re-encrypting the database failed: {reason}</source>
        <translation>Le rechiffrement de la base de données a échoué : {reason}</translation>
    </message>
    <message>
        <source>The data key does not open this database.</source>
        <translation>La clé de données n'ouvre pas cette base de données.</translation>
    </message>
    <message>
        <source>No secure system keyring is available on this computer, so the passphrase will be asked each time.</source>
        <translation>Aucun trousseau système sécurisé n'est disponible sur cet ordinateur ; la phrase secrète sera donc demandée à chaque fois.</translation>
    </message>
    <message>
        <source>The system keyring could not be reached ({error_type}).</source>
        <translation>Le trousseau du système est inaccessible ({error_type}).</translation>
    </message>
    <message>
        <source>The system keyring refused to store the device secret ({error_type}).</source>
        <translation>Le trousseau du système a refusé d'enregistrer le secret de l'appareil ({error_type}).</translation>
    </message>
    <message>
        <source>This case file is already open in another window or program; close it there first.</source>
        <translation>Ce fichier de dossier est déjà ouvert dans une autre fenêtre ou un autre programme ; fermez-le d'abord à cet endroit.</translation>
    </message>
    <message>
        <source>The key-slot file gives a key-derivation salt that is too short.</source>
        <translation>Le fichier des emplacements de clé indique un sel de dérivation de clé trop court.</translation>
    </message>
    <message>
        <source>The key-slot file gives key-derivation parameters that are not an object.</source>
        <translation>Le fichier des emplacements de clé indique des paramètres de dérivation de clé qui ne forment pas un objet.</translation>
    </message>
    <message>
        <source>The key-slot file gives no key-derivation algorithm.</source>
        <translation>Le fichier des emplacements de clé n'indique aucun algorithme de dérivation de clé.</translation>
    </message>
    <message>
        <source>The key-slot file gives an Argon2id memory cost of {memory_kib} KiB, outside the accepted range of {minimum} to {maximum} KiB.</source>
        <translation>Le fichier des emplacements de clé indique un coût mémoire Argon2id de {memory_kib} Kio, en dehors de la plage acceptée de {minimum} à {maximum} Kio.</translation>
    </message>
    <message>
        <source>The key-slot file gives an Argon2id iteration count of {iterations}, outside the accepted range of {minimum} to {maximum}.</source>
        <translation>Le fichier des emplacements de clé indique un nombre d'itérations Argon2id de {iterations}, en dehors de la plage acceptée de {minimum} à {maximum}.</translation>
    </message>
    <message>
        <source>The key-slot file gives an Argon2id lane count of {lanes}, outside the accepted range of 1 to 16.</source>
        <translation>Le fichier des emplacements de clé indique un nombre de voies Argon2id de {lanes}, en dehors de la plage acceptée de 1 à 16.</translation>
    </message>
    <message>
        <source>The key-slot file names an unknown key-derivation algorithm {algorithm!r}.</source>
        <translation>Le fichier des emplacements de clé mentionne un algorithme de dérivation de clé inconnu : {algorithm!r}.</translation>
    </message>
    <message>
        <source>The key-slot file gives a key-derivation parameter {parameter} that is not a number.</source>
        <translation>Le fichier des emplacements de clé indique un paramètre de dérivation de clé {parameter} qui n'est pas un nombre.</translation>
    </message>
    <message>
        <source>The key-slot file gives a malformed key-derivation salt.</source>
        <translation>Le fichier des emplacements de clé indique un sel de dérivation de clé mal formé.</translation>
    </message>
    <message>
        <source>The key-slot file is far larger than any valid one.</source>
        <translation>Le fichier des emplacements de clé est bien plus volumineux que tout fichier valide.</translation>
    </message>
    <message>
        <source>This folder is not a Benelux Case Desk case file.</source>
        <translation>Ce répertoire n'est pas un fichier de dossier Benelux Case Desk.</translation>
    </message>
    <message>
        <source>The key-slot file has no valid version.</source>
        <translation>Le fichier des emplacements de clé n'a pas de version valide.</translation>
    </message>
    <message>
        <source>This case file was made by a newer version of Benelux Case Desk; please update the application.</source>
        <translation>Ce fichier de dossier a été créé par une version plus récente de Benelux Case Desk ; mettez l'application à jour.</translation>
    </message>
    <message>
        <source>The key-slot file has fields this version does not know; it may have been tampered with.</source>
        <translation>Le fichier des emplacements de clé contient des champs inconnus de cette version ; il a peut-être été manipulé.</translation>
    </message>
    <message>
        <source>The key-slot file describes a database format this version does not write.</source>
        <translation>Le fichier des emplacements de clé décrit un format de base de données que cette version n'écrit pas.</translation>
    </message>
    <message>
        <source>The key-slot file is not readable.</source>
        <translation>Le fichier des emplacements de clé est illisible.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged.</source>
        <translation>Le fichier des emplacements de clé est endommagé.</translation>
    </message>
    <message>
        <source>This case file uses a newer database format; please update Benelux Case Desk to open it.</source>
        <translation>Ce fichier de dossier utilise un format de base de données plus récent ; mettez Benelux Case Desk à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>A recovery code has 32 letters and digits, in eight groups of four.</source>
        <translation>Un code de récupération compte 32 lettres et chiffres, en huit groupes de quatre.</translation>
    </message>
    <message>
        <source>The escrow slot of the key-slot file does not hold an RSA-OAEP sealed key.</source>
        <translation>L'emplacement de séquestre du fichier des emplacements de clé ne contient pas de clé scellée RSA-OAEP.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this member.</source>
        <translation>La phrase secrète n'est pas correcte pour ce membre.</translation>
    </message>
    <message>
        <source>This escrow key does not open the case file.</source>
        <translation>Cette clé de séquestre n'ouvre pas le fichier de dossier.</translation>
    </message>
</context>
</TS>
