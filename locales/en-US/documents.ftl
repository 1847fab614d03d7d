# English messages of the built-in documents. Each message has a Chinese twin with the same
# id in locales/zh-CN/documents.ftl. Data values arrive escaped; markup allowed here: <b>…</b>.

## Shared labels

label-name = Name
label-address = Address
label-company-no = Registration No.
label-uscc = Unified social credit code
label-representative = Legal representative
label-authorised-signatory = Authorised signatory
label-signatory = Authorised signatory
label-contact = Contact
label-email = Email
label-phone = Telephone
label-date = Date
# A complaint is signed and dated when it is filed, after the power of attorney comes back.
filing-date = to be completed on filing (prepared on { $prepared })
label-principal = Principal
label-agent = Agent
label-attorney = Agent
label-complainant = Complainant (rights holder)
label-no = No.
label-type = Type of right
label-number = Registration / patent No.
label-title = Title of the right
label-owner = Owner
label-country = Country of registration
label-classes = Nice classes
label-validity = Period of validity
label-protect = Protection period requested
label-created-on = Created on
label-published-on = First published on
label-registered-on = Registered on
label-filed-on = Application date
label-granted-on = Date of grant announcement
label-certificate = Certificate
label-link = Infringing link
label-item-id = Item ID
label-store = Store
label-product = Product title
label-platform = Platform
label-step = Step
label-working-days = Working days
label-expected = Expected by
label-document = Document
label-status = Status
label-to = To
label-from = From
label-re = Re
not-given = not given
date-range = { $from } to { $to }
working-days = { $span } working days

## Packet

packet-title = Filing packet: { $client }
packet-subject = Takedown filing packet

## Power of attorney

poa-title = Power of Attorney
poa-subject = Authorisation to protect intellectual property rights on e-commerce platforms
poa-parties = Parties
poa-prepared = Prepared on { $date }; this power of attorney takes effect on the date the Principal signs it.
poa-intro = <b>{ $client }</b> (the “Principal”) authorises <b>{ $agent }</b> (the “Agent”) to act for it in the matters set out below.
poa-clause-appointment = <b>1. Appointment.</b> The Principal appoints the Agent as its authorised agent to take action on its behalf, in respect of the intellectual property rights listed in clause 2, against infringing goods and content offered online, in particular on the platforms and sites named in clause 3.
poa-clause-rights = <b>2. Rights covered.</b> This authorisation covers the following { $count ->
    [one] right
   *[other] { $count } rights
  } of the Principal, and { $count ->
    [one] the right
   *[other] the rights
  } as renewed, where the law provides for renewal:
poa-clause-platforms = <b>3. Platforms and sites covered.</b> { $platforms }, and any other e-commerce platform, website or application on which goods or content infringing the rights above are offered.
poa-clause-powers = <b>4. Powers granted.</b> The Agent may, in the Principal's name:
poa-power-register = register the Principal and the rights above with the intellectual property protection system of each platform, and submit the Principal's identity documents and the certificates of its rights;
poa-power-file = file complaints and takedown notices against infringing listings, and supplement, amend or withdraw them;
poa-power-disclose = request platforms to disclose the identity and contact details of the sellers of infringing goods;
poa-power-evidence = collect and preserve evidence of infringement, including by test purchases, and have that evidence notarised;
poa-power-receive = receive notices, sellers' statements and counter-notices, and other communications from platforms, sellers and their representatives;
poa-power-answer = answer sellers' statements that they do not infringe and other counter-notices, submit evidence and explanations, and take part in the platforms' dispute procedures;
poa-power-settle = negotiate and settle with sellers and sign settlement agreements, any payment to or by the Principal being subject to its written approval;
poa-power-sign = sign, submit and receive every document needed for the matters above.
poa-clause-delegation = <b>5. Lawyers and staff; no sub-delegation.</b> The Agent may assign its own lawyers and staff to handle these matters. It may not delegate these powers to any third party without the Principal's prior written consent.
poa-clause-term = <b>6. Term.</b> This power of attorney takes effect on the date the Principal signs it and remains in force for { $months ->
    [one] one month
   *[other] { $months } months
  } from that date, unless the Principal revokes it earlier by written notice to the Agent and to the platforms concerned.
poa-clause-ratification = <b>7. Effect.</b> The Principal ratifies all acts of the Agent within the scope of this authorisation and bears their legal consequences.
poa-clause-language = <b>8. Language.</b> { $languages ->
    [en] This power of attorney is made in English.
    [zh] This power of attorney is made in Chinese.
   *[bilingual] This power of attorney is signed in English and Chinese. { $governing ->
        [equal] Both texts are equally authentic.
       *[chinese] If the two texts differ, the Chinese text prevails.
    }
  }
poa-signature-principal-seal = Principal (company seal and signature)
poa-signature-principal = Principal (signature, and the company seal if it has one)
poa-signature-agent = Accepted by the Agent
## Complaint

complaint-title = Complaint of Intellectual Property Infringement
complaint-subject = { $type } { $number } on { $platform }
complaint-part = Part { $part } of { $parts }
complaint-to = { $platform }, operated by { $operator }
letter-to = The operator of { $site }
complaint-intro = The Complainant, represented by the Agent under a power of attorney signed by the Complainant, gives notice that the { $count ->
    [one] listing below infringes
   *[other] listings below infringe
  } its { $right } and asks that { $count ->
    [one] it be
   *[other] they be
  } removed.
section-complainant = 1. Complainant and agent
section-right = 2. The right relied on
section-listings = 3. Infringing listings
listings-intro = { $count ->
    [one] The following listing offers goods that infringe the right above.
   *[other] The following { $count } listings offer goods that infringe the right above.
  }
listings-part = This notice is part { $part } of { $parts }; the listings are numbered across all parts ({ $first } to { $last } of { $total }).
comparison-utility-report = A patent evaluation report issued by the China National Intellectual Property Administration for { $number } will be provided on request.
# A right registered outside mainland China: where, with which office and under which law;
# the platform is asked to act under its own rules, not under PRC law.
complaint-intro-foreign = The Complainant, represented by the Agent under a power of attorney signed by the Complainant, gives notice that the { $count ->
    [one] listing below infringes
   *[other] listings below infringe
  } its { $right }, and asks that { $count ->
    [one] it be
   *[other] they be
  } removed under the platform's intellectual property rules.
evidence-intro-foreign = The evidence of infringement for { $count ->
    [one] the listing
   *[other] each listing
  } is as follows.
request-portal-foreign = We request that the platform remove or block the { $count ->
    [one] listing
   *[other] listings
  } above under its intellectual property rules and inform the Agent of the outcome.
# The substantive provision the facts support (a Chinese right only).
complaint-provision = { " " }{ $count ->
    [one] Its offer for sale infringes
   *[other] Their offer for sale infringes
  } the right under { $provision }.
statement-good-faith = <b>Good faith.</b> The Complainant believes in good faith that the { $use } in the { $count ->
    [one] listing
   *[other] listings
  } above is not authorised by the Complainant, any licensee or the law.
statement-authority = <b>Authority.</b> The Agent files this complaint on the Complainant's behalf under a power of attorney signed by the Complainant, which will be provided to the platform on request.
request-portal = { $count ->
    [one] We request that the platform promptly remove or block the listing above, take the necessary measures against its seller under Article 42 of the E-Commerce Law, and inform the Agent of the outcome.
   *[other] We request that the platform promptly remove or block the listings above, take the necessary measures against their sellers under Article 42 of the E-Commerce Law, and inform the Agent of the outcome.
  }
contact-line = Please address all correspondence on this notice to { $signatory }, { $firm }, { $email }, { $phone }.
complaint-signature = Agent, for and on behalf of the Complainant
section-evidence = 4. Preliminary evidence
section-statements = 5. Statements
section-request = 6. Request and contact
section-annexes = Annexes
evidence-intro = The preliminary evidence of infringement for { $count ->
    [one] the listing
   *[other] each listing
  } (Article 42 of the E-Commerce Law of the People's Republic of China; Article 1195 of the Civil Code) is as follows.
evidence-listing = Listing { $n }: { $count ->
    [one] one capture
   *[other] { $count } captures
  } of the listing page, { $date ->
    [none] whose capture date is not recorded,
   *[other] made on { $date },
  } in { $annex }.
# What a capture shows is said only from the listing's shows cell; the class only from its
# goods_class cell, when the right is registered for it.
evidence-shows = { " " }The capture shows { $shows }.
evidence-goods-class = { " " }The goods offered fall in class { $class }, for which the right is registered.
evidence-none = Listing { $n }: no capture of the listing page is annexed; the link above locates the goods.
evidence-purchases = { $count ->
    [one] A test purchase was made from listing { $listings }; its order number and date, and
   *[other] Test purchases were made from listings { $listings }; the order numbers and dates, and
  } { $records ->
    [order] the order screenshots,
    [payment] the payment records,
    [delivery] the delivery records showing the goods received,
    [unboxing] the photographs of the goods received, unpacked,
    [notarised] the notarial certificates of the purchases,
   *[other] the test-purchase records,
  } are in { $annex }.
comparison-made = { $what ->
    [claims] A claim chart comparing the claims of { $number } with the product
    [design] An image comparison between the design as granted under { $number } and the product
   *[other] A comparison between the { $type } No. { $number } and the product
  } { $target ->
    [listings] offered in listing { $listings }
    [url] offered at { $url }
   *[none] it names
  } is in { $annex }.
comparison-each = { $what ->
    [claims] Claim charts comparing the claims of { $number } with the products
    [design] Image comparisons between the design as granted under { $number } and the products
   *[other] Comparisons between the { $type } No. { $number } and the products
  } offered in listings { $listings }, one for each listing, are in { $annex }.
evaluation-attached = The patent evaluation report issued by the China National Intellectual Property Administration for { $number } is in { $annex }.
certificate-attached = A copy of the registration certificate of the right is in { $annex }.
statement-accuracy = { $annexed ->
    [yes] <b>Accuracy.</b> The information in this notice and the documents annexed to it are true and accurate. The Complainant acknowledges that it is liable under Article 42 of the E-Commerce Law for any loss caused by an erroneous notice.
   *[no] <b>Accuracy.</b> The information in this notice is true and accurate. The Complainant acknowledges that it is liable under Article 42 of the E-Commerce Law for any loss caused by an erroneous notice.
  }
annex-entry = { $annex }: { $title } ({ $files ->
    [one] one file
   *[other] { $files } files
  })
annex-heading-evidence = { $annex }: Evidence of infringement
annex-heading-purchases = { $annex }: Test purchases
annex-heading-certificates = { $annex }: Registration certificate of right { $n }
annex-heading-licence = { $annex }: { $title }
caption-evidence = { $annex }, listing { $n }: { $url }; store: { $store }; { $date ->
    [none] capture date not recorded
   *[other] captured on { $date }
  }; file { $file }; SHA-256 { $hash }…
caption-purchase = { $annex }, test purchase from listing { $n }: order { $order }, { $date }; file { $file }; SHA-256 { $hash }…
caption-document = { $annex }: { $title }; file { $file }; SHA-256 { $hash }…
label-file = File
label-captured = Captured on
label-order = Order no.
label-purchase-date = Purchased on

## IP rights schedule

schedule-title = Schedule of Intellectual Property Rights
schedule-subject = Rights of { $client }
schedule-intro = This schedule lists the intellectual property rights of <b>{ $client }</b> relied on in the power of attorney and the complaints prepared on { $date }. Each registration is in force for the period stated; the protection period requested is the period for which protection is asked of the platforms.
schedule-summary = Summary
schedule-right = { $n }. { $type } { $number }
certificate-on-file = on file
certificate-missing = still needed
certificate-in-annex = enclosed as { $annex }
# A company of mainland China has a business licence (营业执照); one incorporated elsewhere a
# certificate of incorporation.
licence-title = { $prc ->
    [yes] Business Licence of the Rights Holder
   *[no] Certificate of Incorporation of the Rights Holder
  }
licence-subject = { $prc ->
    [yes] Business licence of { $client }
   *[no] Certificate of incorporation of { $client }
  }
licence-intro = { $prc ->
    [yes] The business licence of <b>{ $client }</b>, for its verification as rights holder on the platforms:
   *[no] The certificate of incorporation of <b>{ $client }</b>, for its verification as rights holder on the platforms:
  }
## Cover letter

cover-title = Cover Letter
cover-sample-firm = DRAFT — NOT FOR SIGNING OR FILING. The agent named in this packet, { $firm }, is the sample firm that comes with takedown. Enter your firm's own name, address, registration number, signatory and contact details and build the packet again.
cover-subject = Takedown filings for { $client }
cover-re = Complaints against infringing listings on { $platforms }
cover-dear = Dear { $name },
cover-dear-company = Dear Sir or Madam,
cover-intro = We enclose the documents prepared to file complaints on your behalf against { $listings ->
    [one] one infringing listing
   *[other] { $listings } infringing listings
  }, based on { $rights ->
    [one] one of your intellectual property rights
   *[other] { $rights_words } of your intellectual property rights
  }. Please review them and return what is asked for below.
cover-section-sign = 1. Documents to sign and seal
cover-sign-poa = <b>Power of attorney</b> (power-of-attorney.pdf): to be sealed with your company seal and signed by { $signatory }. Please return the original to us and keep a copy.
cover-sign-poa-no-seal = <b>Power of attorney</b> (power-of-attorney.pdf): to be signed by { $signatory }, with the title beside the signature (and sealed as well if your company has a seal). Please return the original to us and keep a copy.
cover-sign-poa-blank = <b>Power of attorney</b> (power-of-attorney.pdf): to be sealed with your company seal and signed by your legal representative or an authorised signatory. Please return the original to us and keep a copy.
cover-sign-poa-blank-no-seal = <b>Power of attorney</b> (power-of-attorney.pdf): to be signed by an authorised signatory, stating the signatory's title (and sealed as well if your company has a seal). Please return the original to us and keep a copy.
cover-sign-authority = As { $signatory } is not your legal representative, please also send a board resolution or a secretary's certificate confirming the authority to sign the power of attorney for your company.
cover-apostille = <b>Notarisation and apostille.</b> Your company is established outside mainland China. Court proceedings, complaints to the administrative authorities (such as the market regulation bureaux) and some platforms require the power of attorney and your corporate documents (certificate of incorporation or of good standing) to be notarised in your country and apostilled; China has accepted apostilles since it joined the Apostille Convention on 7 November 2023 (from a country outside the Convention, legalisation by the Chinese embassy or consulate is needed instead). Alibaba IPP accepts a scan of these documents, so complaints there do not wait for it. We suggest having the signed original notarised and apostilled now: signing again later would cost weeks.
cover-attestation = <b>Certification for the mainland.</b> Your company is established in { $place }. Court proceedings, complaints to the administrative authorities (such as the market regulation bureaux) and some platforms in mainland China require the power of attorney and your corporate documents to be certified for use there: in Hong Kong and Macao by a China-Appointed Attesting Officer, in Taiwan by a notary under the cross-strait agreement on notarial documents. The apostille is not used between these regions and the mainland. Alibaba IPP accepts a scan of these documents, so complaints there do not wait for it.
cover-check-schedule = <b>Schedule of intellectual property rights</b> (ip-rights-schedule.pdf): please check every registration or patent number, owner and period; no signature is needed.
cover-check-complaints = <b>Complaints</b> ({ $count ->
    [one] one document
   *[other] { $count } documents
  }): we sign and file them as your agent once the power of attorney is returned; please check that every link belongs to the rights stated.
cover-check-letters = <b>Notice letters</b> to the sites' operators ({ $count ->
    [one] one letter): we sign and send it
   *[other] { $count } letters): we sign and send them
  } as your agent once the power of attorney is returned; please check that every link belongs to the rights stated.
cover-section-needed = 2. Documents we still need
cover-needed-licence = A copy of your business licence or certificate of incorporation.
cover-needed-translation = A Chinese translation of your business licence or certificate of incorporation.
cover-needed-certificate = The registration certificate of the { $kind } No. { $number }.
cover-needed-certificate-held = The registration certificate of the { $kind } No. { $number }: the right is not on file with { $platforms }, which will not act on a complaint without proof of the right, so those complaints are not yet written.
cover-needed-reproduction = For the copyright No. { $number }: a record that { $count ->
    [one] the listing below reproduces
   *[other] each listing below reproduces
  } the work (what the capture shows, or a comparison). A listing that matches the work by name alone is not named in the complaint (the workbook's cell to fill is given beside each link).
cover-needed-report-required = The CNIPA patent evaluation report (专利权评价报告, Patent Law art. 66(2)) for the { $kind } No. { $number }: { $platforms } will not act on a complaint without it, so those complaints are not yet written. CNIPA takes about two months to issue one.
cover-needed-report = The CNIPA patent evaluation report (Patent Law art. 66(2)) for the { $kind } No. { $number }: the complaints offer it on request, and platforms often ask for it before they act.
cover-needed-claim-chart = A claim chart comparing the claims of patent No. { $number } with the products offered: without it the complaints cannot show that the products fall within the patent.
cover-needed-design-comparison = An image comparison between design patent No. { $number } and the products offered: without it the complaints cannot show that the products copy the design.
cover-needed-evidence = A screenshot of each listing below, with its capture date ({ $count ->
    [one] one listing
   *[other] { $count } listings
  }): nothing shows { $count ->
    [one] it yet, so no complaint names it
   *[other] them yet, so no complaint names them
  }; we file as soon as we have one (the workbook's cell to fill is given beside each link).
cover-needed-nothing = We hold every document the complaints rely on.
cover-register-intro = A right registered in China gets listings removed easily; one registered only abroad can succeed, but not always; an unregistered one should be registered first. Your rights stand as follows:
cover-register-right = The { $kind } No. { $number }: { $status }; we recommend registering it in China (CNIPA, or for copyright the Copyright Protection Center of China).
cover-register-china = The { $kind } No. { $number }: registered in China; the platforms act on it directly.
cover-section-steps = 3. Next steps and timeline
cover-steps-intro = Periods are in working days of mainland China (public holidays excluded and the State Council's make-up working days included), counted from { $date }, when we expect the signed power of attorney back ({ $days } working days after this letter); each step starts when the one before ends.
cover-art43 = If a seller answers a complaint with a statement that it does not infringe, the platform forwards it to us. The platform then ends its measures unless, within 15 days of our receiving the statement, it is told that a complaint has been filed with the authorities or a suit brought (Article 43 of the E-Commerce Law). We will tell you at once, as this decision cannot wait.
cover-steps-estimated = The calendar for { $year } has not been published by the State Council yet; dates in that year count weekends only and may move.
cover-channel-portal = { $platform }: filed online at { $portal }.
cover-documents-required = The platform requires:
cover-documents-enclosed = Enclosures:
cover-channel-letter = Other sites: a notice letter is sent to the operator of each site.
cover-closing = Please contact { $signatory } at { $email } or { $phone } with any question.
cover-regards = Yours sincerely,
cover-signature = For the Agent

## Notice letter to an independent site

notice-title = Notice of Infringement
notice-subject = Infringing listings on { $site }
notice-re = Infringement of the { $kinds } of { $client } on { $site }
notice-intro = We act for <b>{ $client }</b> (the “Rights Holder”). The listings on { $site } set out below offer goods that infringe the Rights Holder's { $kinds }. We ask you to remove them.
notice-intro-china = We act for <b>{ $client }</b> (the “Rights Holder”) and give notice under Article 42 of the E-Commerce Law of the People's Republic of China and Article 1195 of the Civil Code: the listings on { $site } set out below offer goods that infringe the Rights Holder's { $kinds }. We ask you to remove them.
notice-section-holder = 1. The Rights Holder and its agent
notice-label-holder = Rights Holder
notice-section-rights = 2. The rights relied on
notice-rights-local = { $count ->
    [one] This right is registered where { $site } trades: { $country }.
   *[other] These rights are registered where { $site } trades: { $country }.
  }
notice-certificates = { $count ->
    [one] A copy of the registration certificate is in { $annex }.
   *[other] Copies of the registration certificates are in { $annex }.
  }
notice-section-listings = 3. The infringing listings
notice-listings-intro = { $count ->
    [one] The following listing offers infringing goods; the last column gives the numbers of the rights of section 2 it infringes.
   *[other] The following { $count } listings offer infringing goods; the last column gives the numbers of the rights of section 2 each infringes.
  }
notice-label-rights = Rights infringed
notice-evidence-intro = The evidence of { $count ->
    [one] the listing
   *[other] each listing
  } is as follows.
notice-section-grounds = 4. Why the listings infringe
notice-grounds-trademark = <b>Trademarks.</b> The goods offered bear, without the Rights Holder's consent, marks identical with or similar to its registered trademarks, for goods of the classes for which they are registered. { $law ->
    [us] This infringes the registrations under 15 U.S.C. § 1114(1) and is a false designation of origin under 15 U.S.C. § 1125(a).
    [eu] This infringes the exclusive rights conferred by the European Union trade marks (Article 9(2) of Regulation (EU) 2017/1001).
   *[none] This infringes the exclusive rights that the registrations confer under the law of the country of registration.
  }
notice-grounds-trademark-china = <b>Trademarks.</b> The goods offered bear, without the Rights Holder's consent, marks identical with or similar to its registered trademarks, for goods of the classes for which they are registered. This infringes the exclusive right to use the registered trademarks (Article 57 of the Trademark Law of the People's Republic of China).
notice-grounds-patent = <b>Patents.</b> The products offered fall within the scope of protection of the Rights Holder's patents and are offered for sale without its consent, which infringes them { $law ->
    [us] (35 U.S.C. § 271(a)).
   *[none] under the law of the country of grant.
  }
notice-grounds-patent-china = <b>Patents.</b> The products offered fall within the scope of protection of the Rights Holder's patents and are offered for sale without its consent (Article 11 of the Patent Law of the People's Republic of China).
notice-grounds-copyright = <b>Copyright.</b> The listings reproduce and make available the Rights Holder's work without its consent, which infringes its copyright.
notice-grounds-copyright-china = <b>Copyright.</b> The listings reproduce the Rights Holder's work and make it available on the internet without its consent (Article 10 of the Copyright Law of the People's Republic of China).
notice-grounds-terms = <b>Your terms.</b> We ask you to apply the terms of use of { $site }, published at { $terms }, to the listings above.
notice-grounds-china = <b>Your obligations.</b> A site that receives a notice with preliminary evidence of infringement must take the necessary measures in time, such as removing the listings, and forward the notice to the seller; if it does not, it is jointly liable with the seller for any further loss (Article 42 of the E-Commerce Law; Article 1195 of the Civil Code).
notice-dmca = <b>Notice under 17 U.S.C. § 512(c)(3).</b> The copyrighted work is identified in section 2 and the infringing material in section 3. The Rights Holder has a good faith belief that use of the material in the manner complained of is not authorized by the copyright owner, its agent, or the law. The information in this notification is accurate, and under penalty of perjury, the signatory is authorized to act on behalf of the owner of the exclusive rights that are allegedly infringed.
notice-section-request = 5. Our request
notice-request = We ask you, within { $days } working days of receiving this notice, to remove the listings above or disable access to them, to remove any other listing on your site offering the same goods, and to confirm to us in writing that you have done so. If you sell these goods yourself, we ask you to stop, and to tell us how many you have sold and where you obtained them.
notice-reserve = The Rights Holder reserves all its rights and remedies, including the right to bring proceedings without further notice.
notice-good-faith = <b>Good faith.</b> The Rights Holder believes in good faith that the use of its rights in the listings above is not authorised by it, any licensee or the law; the information in this notice is accurate.
notice-liability-china = The Rights Holder acknowledges that it is liable under Article 42 of the E-Commerce Law for any loss caused by an erroneous notice.
notice-authority = <b>Authority.</b> We give this notice on the Rights Holder's behalf under a power of attorney signed by the Rights Holder, a copy of which will be provided on request.
notice-contact = Please reply to { $signatory }, { $firm }, { $email }, { $phone }.
notice-signature = For and on behalf of the Rights Holder

## Platforms that forward everything to the seller (Dewu)

complaint-confidential = <b>Confidential material.</b> The Complainant's own contact details and any further evidence are available to { $platform } from the Agent on request; they are not part of this complaint and are not to be forwarded to the seller.
cover-confidential = { $platform } forwards everything submitted with a complaint to the seller. Its complaints therefore leave out your contact details and the test-purchase records; we keep them on file and give them to { $platform } separately, marked confidential, only if it asks.

cover-section-deadlines = 4. Deadlines
cover-deadlines-intro = { $statements ->
    [0] Every deadline of these filings, each with its basis;
   *[other] Every deadline of these filings and of the sellers' statements we have received, each with its basis;
  } the same dates are in deadlines.ics for your calendar. A date marked * falls in or counts through a year whose holiday calendar is not yet published.
label-deadline-date = Date
label-deadline = Deadline
label-basis = Basis
cover-section-now = What needs you now
cover-now-overdue = <b>Passed</b> on { $date }: { $title }.
cover-now-urgent = <b>Due</b> on { $date }, within two working days: { $title }.
cover-now-counter = The seller of { $item } on { $site } has answered our complaint with a statement (counter-notice). Under Article 43 of the E-Commerce Law, unless { $platform } is told by { $art43 } that you have complained to the authorities or sued, it will restore the listing.
cover-now-counter-abroad = The seller of { $item } on { $site } has answered our notice with a statement; our reply is enclosed.
cover-now-late = {" "}Our reply is made after its deadline.
cover-now-sign-poa = Sign the power of attorney enclosed (signature, and the company seal if you have one): we hold no signed one under which to send the reply.
cover-now-decide = Tell us by { $art43 } whether to sue or complain to the authorities; the power of attorney enclosed does not cover a suit or an administrative complaint, so that needs a special power of attorney.
cover-now-decide-special = Tell us by { $art43 } whether to sue or complain to the authorities, and sign the special power of attorney for it.
flag-overdue = PASSED:{" "}
flag-urgent = URGENT:{" "}
poa-power-litigation = with the special authority of Article 62 of the Civil Procedure Law (特别授权): complain to the competent administrative authorities and sue before the people's courts over the infringements above, and in those proceedings admit, waive or modify claims, settle, counterclaim and appeal.
special-poa-title = Special Power of Attorney
special-poa-subject = Special authority for the action on the listing { $url }
special-poa-matter = <b>1. Matter.</b> After the seller's statement on the listing above, the Principal authorises the Agent to { $action ->
    [court] sue the seller before { $body ->
        [none] the competent people's court
       *[other] { $body }
      }
    [amr] complain against the seller to { $body ->
        [none] the competent administration for market regulation
       *[other] { $body }
      }
   *[either] sue the seller before the competent people's court or complain against it to the competent administration for market regulation, as the Principal instructs,
  } over the infringement of its rights by the listing, and to notify the platform of it under Article 43 of the E-Commerce Law.
special-poa-powers = <b>2. Special authority.</b> In the Principal's name, the Agent may:
special-poa-power-file = { $action ->
    [amr] file the complaint, submit evidence and statements, and receive the authority's decisions;
   *[other] file the suit or complaint, submit evidence and statements, and take part in hearings;
  }
special-poa-power-claims = admit, waive or modify claims;
special-poa-power-settle = settle, and take part in mediation;
special-poa-power-appeal = counterclaim, and appeal or withdraw an appeal;
special-poa-power-documents = sign, submit and receive every document of the proceedings, including the acceptance notice, judgments, rulings and decisions.
special-poa-basis = <b>3. Basis.</b> This is a special authority under Article 62 of the Civil Procedure Law of the People's Republic of China.
special-poa-apostille = Signed outside China, this power of attorney must be notarised where it is signed and bear an apostille (or be legalised by a Chinese consulate where the apostille does not apply) before it is filed with a Chinese court.
cover-sign-authority-common-law = Please also send a board resolution or a secretary's certificate confirming that { $signatory } may sign the power of attorney for your company.

prior-intro = Earlier notices to the platform concern these listings (from the case ledger):
prior-listing = Listing { $n }: {""}
prior-notice = { $via ->
    [store] another listing of the same store ({ $url }) was
   *[item] this item was
  } the subject of complaint { $case ->
    [none] (case number not recorded)
   *[other] { $case }
  }, filed { $filed ->
    [none] on a date not recorded
   *[other] on { $filed }
  }: { $status ->
    [removed] removed
    [rejected] rejected
    [counter-noticed] answered by the seller's counter-notice
    [restored] restored after the seller's counter-notice
    [withdrawn] withdrawn
   *[filed] not yet decided
  }{ $decided ->
    [none] {""}
   *[other] {" "}on { $decided }
  }.
prior-art45 = The goods are offered again after the platform removed them on an earlier notice, so the platform knows of the infringement. Under Article 45 of the E-Commerce Law of the People's Republic of China, a platform operator that knows or should know that a seller on its platform infringes intellectual property rights shall take the necessary measures, such as deleting, blocking or disconnecting the links and terminating transactions and services, and is jointly liable with the infringer if it does not. We ask { $platform } to remove the listings and to apply its rules on repeat infringers to the seller.

cover-ledger-intro = From the case ledger, which keeps every earlier batch and the outcomes reported:
cover-ledger-relisted = { $url } is offered again after the platform removed it on an earlier complaint ({ $case }); its new complaint cites that notice and Article 45 of the E-Commerce Law.
cover-ledger-open = { $url }: no new complaint in this packet; { $status ->
    [counter-noticed] the seller's counter-notice on complaint { $case } is still open.
   *[filed] complaint { $case } awaits the platform's decision.
  }
cover-ledger-operator = The stores { $stores } { $by ->
    [licence] display one business licence number, { $licence }
    [contact] give one contact, { $contact }
   *[both] are linked by the business licence number { $licence } and the contact { $contact }, each shown by two or more of them
  }: one operator behind { $count ->
    [one] one listing.
   *[other] { $count } listings.
  }
cover-ledger-removed = { $url }: no new complaint; the platform removed it on an earlier complaint ({ $case }) and no capture made since shows it back.
