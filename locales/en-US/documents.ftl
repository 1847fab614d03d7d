# English messages of the built-in documents. Each message has a Chinese twin with the same
# id in locales/zh-CN/documents.ftl. Data values arrive escaped; markup allowed here: <b>…</b>.

## Shared labels

label-name = Name
label-address = Address
label-company-no = Registration No.
label-uscc = Unified social credit code
label-representative = Legal representative
label-signatory = Authorised signatory
label-contact = Contact
label-email = Email
label-phone = Telephone
label-date = Date
label-principal = Principal
label-agent = Agent
label-complainant = Complainant (rights holder)
label-no = No.
label-type = Type of right
label-number = Registration / patent No.
label-title = Title of the right
label-owner = Owner
label-country = Country of registration
label-classes = Nice classes
label-validity = Period of validity
label-protect = Period to protect
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
poa-intro = This power of attorney is given on { $date } by <b>{ $client }</b> (the “Principal”) to <b>{ $agent }</b> (the “Agent”).
poa-clause-appointment = <b>1. Appointment.</b> The Principal appoints the Agent as its authorised agent to protect, on its behalf, the intellectual property rights listed in clause 2 against infringing goods and content offered online, in particular on the platforms named in clause 3.
poa-clause-rights = <b>2. Rights covered.</b> This authorisation covers the following { $count ->
    [one] right
   *[other] { $count } rights
  } of the Principal, and any renewal of { $count ->
    [one] it
   *[other] them
  } where the law provides for one:
poa-clause-platforms = <b>3. Platforms covered.</b> { $platforms }, and any other e-commerce platform, website or application on which goods or content infringing the rights above are offered.
poa-clause-powers = <b>4. Powers granted.</b> The Agent may, in the Principal's name:
poa-power-register = register the Principal and the rights above with the intellectual property protection system of each platform, and submit the Principal's identity documents and the certificates of its rights;
poa-power-file = file complaints and takedown notices against infringing listings, and supplement, amend or withdraw them;
poa-power-receive = receive notices, counter-notices and other communications from platforms, sellers and their representatives;
poa-power-answer = answer counter-notices, submit evidence and explanations, and take part in the platforms' dispute procedures;
poa-power-sign = sign, submit and receive every document needed for the matters above.
poa-clause-delegation = <b>5. No sub-delegation.</b> The Agent may not delegate these powers to a third party without the Principal's prior written consent.
poa-clause-term = <b>6. Term.</b> This power of attorney is valid from { $from } to { $to }, unless the Principal revokes it earlier by written notice to the Agent and to the platforms concerned.
poa-clause-ratification = <b>7. Effect.</b> The Principal recognises every act of the Agent within the scope of this authorisation and bears its legal consequences.
poa-clause-language = <b>8. Language.</b> This power of attorney is made in English and Chinese. { $governing ->
    [equal] Both texts are equally authentic.
   *[chinese] If the two texts differ, the Chinese text prevails.
  }
poa-signature-principal = Principal (signature and company seal)
poa-signature-agent = Agent (acceptance)

## Complaint

complaint-title = Complaint of Intellectual Property Infringement
letter-title = Notice of Intellectual Property Infringement
complaint-subject = { $type } { $number } on { $platform }
complaint-part = Part { $part } of { $parts }
complaint-to = { $platform }, operated by { $operator }
letter-to = The operator of { $site }
complaint-intro = The Complainant, represented by the Agent under a power of attorney dated { $date }, gives notice that the listings below infringe its { $type } and asks that they be removed.
section-complainant = 1. Complainant and agent
section-right = 2. The right relied on
section-listings = 3. Infringing listings
listings-intro = { $count ->
    [one] The following listing offers goods that infringe the right above.
   *[other] The following { $count } listings offer goods that infringe the right above.
  }
listings-part = This notice is part { $part } of { $parts }; the listings are numbered across all parts ({ $first } to { $last } of { $total }).
comparison-utility-report = A patent evaluation report issued by the China National Intellectual Property Administration for { $number } will be provided on request.
statement-good-faith = <b>Good faith.</b> The Complainant states in good faith that the use of the right in the listings above is not authorised by the right holder, its licensees or the law.
statement-authority = <b>Authority.</b> The Agent is authorised to file this complaint on the Complainant's behalf by a power of attorney dated { $date }, submitted with the Complainant's registration on the platform.
request-portal = We request that { $platform } promptly remove or block the listings above, take the necessary measures against the sellers under Article 42 of the E-Commerce Law, and inform the Agent of the outcome.
request-letter = We request that you remove or disable access to the listings above within { $days } working days of receiving this notice and confirm to the Agent in writing that you have done so. The right holder reserves all its rights, including the right to bring proceedings without further notice.
contact-line = Please address all correspondence on this notice to { $signatory }, { $firm }, { $email }, { $phone }.
complaint-signature = Agent, for and on behalf of the Complainant
section-evidence = 4. Preliminary evidence
section-statements = 5. Statements
section-request = 6. Request and contact
section-annexes = Annexes
evidence-intro = The preliminary evidence of infringement for each listing (Article 42 of the E-Commerce Law; Article 1195 of the Civil Code) is as follows.
evidence-listing = Listing { $n }: { $count ->
    [one] one capture
   *[other] { $count } captures
  } of the listing page, made on { $date }, in { $annex }.
evidence-trademark = { " " }The page shows the mark used on the goods offered, which fall within the goods for which it is registered (class { $classes }).
evidence-trademark-any = { " " }The page shows the mark used on the goods offered.
evidence-copyright = { " " }The page uses an image that reproduces the registered work { $work }.
evidence-none = Listing { $n }: no capture of the listing page is annexed; the link above locates the goods.
evidence-purchases = Test purchases were made from { $count ->
    [one] listing
   *[other] listings
  } { $listings }; the order numbers, dates and records of the goods received are in { $annex }.
comparison-claims = A claim chart comparing the claims of { $number } with the product offered in each listing above is in { $annex }.
comparison-design = An image comparison between the design as granted under { $number } and the product shown in each listing above is in { $annex }.
evaluation-attached = The patent evaluation report issued by the China National Intellectual Property Administration for { $number } is in { $annex }.
certificate-attached = A copy of the registration certificate of the right is in { $annex }.
statement-accuracy = { $annexed ->
    [yes] <b>Accuracy.</b> The information in this notice and the documents annexed to it are true and accurate. The Complainant acknowledges that it is liable under Article 42 of the E-Commerce Law of the People's Republic of China for any loss caused by an erroneous notice.
   *[no] <b>Accuracy.</b> The information in this notice is true and accurate. The Complainant acknowledges that it is liable under Article 42 of the E-Commerce Law of the People's Republic of China for any loss caused by an erroneous notice.
  }
statement-authority-letter = <b>Authority.</b> The Agent is authorised to give this notice on the Complainant's behalf by a power of attorney dated { $date }, a copy of which will be provided on request.
annex-entry = { $annex }: { $title } ({ $files ->
    [one] one file
   *[other] { $files } files
  })
annex-heading-evidence = { $annex }: Evidence of infringement
annex-heading-purchases = { $annex }: Test purchases
annex-heading-certificates = { $annex }: Registration certificate of right { $n }
annex-heading-licence = { $annex }: { $title }
caption-evidence = { $annex }, listing { $n }: { $url }; store: { $store }; captured on { $date }; file { $file }; SHA-256 { $hash }…
caption-purchase = { $annex }, test purchase from listing { $n }: order { $order }, { $date }; file { $file }; SHA-256 { $hash }…
caption-document = { $annex }: { $title }; file { $file }; SHA-256 { $hash }…
label-file = File
label-captured = Captured on
label-order = Order no.
label-purchase-date = Purchased on

## IP rights schedule

schedule-title = Schedule of Intellectual Property Rights
schedule-subject = Rights of { $client }
schedule-intro = The intellectual property rights of <b>{ $client }</b> relied on in the power of attorney and complaints dated { $date }. Each registration is in force for the period stated; the period to protect is the period for which protection is requested on the platforms.
schedule-summary = Summary
schedule-right = { $n }. { $type } { $number }
certificate-on-file = on file
certificate-missing = still needed
certificate-in-annex = enclosed as { $annex }
licence-title = Business Licence of the Rights Holder
licence-subject = Business licence of { $client }
licence-intro = The business licence (or certificate of incorporation) of <b>{ $client }</b>, submitted with its registration on the platforms:

## Cover letter

cover-title = Cover Letter
cover-subject = Takedown filings for { $client }
cover-re = Complaints against infringing listings on { $platforms }
cover-dear = Dear { $name },
cover-intro = We enclose the documents prepared to file complaints on your behalf against { $listings ->
    [one] one infringing listing
   *[other] { $listings } infringing listings
  } relying on { $rights ->
    [one] one of your intellectual property rights
   *[other] { $rights } of your intellectual property rights
  }. Please review them and return what is asked for below.
cover-section-sign = 1. Documents to sign and seal
cover-sign-poa = <b>Power of attorney</b> (power-of-attorney.pdf): to be signed by { $signatory } and sealed with your company seal; if you have no company seal, signed with the signatory's title. Please return the original to us and keep a copy.
cover-sign-poa-blank = <b>Power of attorney</b> (power-of-attorney.pdf): to be signed by your legal representative or an authorised signatory, with title, and sealed with your company seal. Please return the original to us and keep a copy.
cover-check-schedule = <b>Schedule of intellectual property rights</b> (ip-rights-schedule.pdf): please check every registration number, owner and period; no signature is needed.
cover-check-complaints = <b>Complaints</b> ({ $count ->
    [one] one document
   *[other] { $count } documents
  }): we sign and file them as your agent once the power of attorney is returned; please check that every link belongs to the rights stated.
cover-section-needed = 2. Documents we still need
cover-needed-licence = A copy of your business licence or certificate of incorporation.
cover-needed-translation = A Chinese translation of your business licence or certificate of incorporation.
cover-needed-certificate = The registration certificate of { $id } ({ $kind } { $number }).
cover-needed-report-required = The CNIPA patent evaluation report (专利权评价报告) for { $id } ({ $kind } { $number }): { $platforms } will not act on a complaint without it, so those complaints are not yet written. CNIPA takes about two months to issue one.
cover-needed-report = The CNIPA patent evaluation report for { $id } ({ $kind } { $number }): the complaints offer it on request, and platforms often ask for it before they act.
cover-needed-claim-chart = A claim chart comparing the claims of { $id } ({ $number }) with the products offered: without it the complaints cannot show that the products fall within the patent.
cover-needed-design-comparison = An image comparison between the design { $id } ({ $number }) and the products offered: without it the complaints cannot show that the products copy the design.
cover-needed-evidence = A screenshot of each listing below, with its capture date ({ $count ->
    [one] one listing
   *[other] { $count } listings
  }): platforms ask for one as preliminary evidence, and the complaints say that none is annexed.
cover-needed-nothing = We hold every document the complaints rely on.
cover-register-intro = A right registered in China gets listings removed easily; one registered only abroad can succeed, but not always; an unregistered one should be registered first. We recommend registering these rights in China (CNIPA, or for copyright the Copyright Protection Center of China):
cover-register-right = { $id } ({ $kind } { $number }): { $status }.
cover-section-steps = 3. Next steps and timeline
cover-steps-intro = Periods are in working days of mainland China, counted from { $date }, when we expect the signed power of attorney back ({ $days } working days after this letter); each step starts when the one before ends.
cover-art43 = If a seller answers a complaint with a statement that it does not infringe, the platform forwards it to us. The platform then ends its measures unless, within 15 days of our receiving the statement, it is told that a complaint has been filed with the authorities or a suit brought (Article 43 of the E-Commerce Law). We will tell you at once, as this decision cannot wait.
cover-steps-estimated = The calendar for { $year } has not been published by the State Council yet; dates in that year count weekends only and may move.
cover-channel-portal = { $platform }: filed online at { $portal }.
cover-documents-required = It asks for:
cover-channel-letter = Other sites: a notice letter is sent to the operator of each site.
cover-closing = Please contact { $signatory } at { $email } or { $phone } with any question.
cover-regards = Yours sincerely,
cover-signature = For the Agent
cover-section-deadlines = Deadlines
cover-deadlines-intro = Every deadline of these filings and of the sellers' statements we have received, each with its basis; the same dates are in deadlines.ics for your calendar. A date marked * falls in or counts through a year whose holiday calendar is not yet published.
label-deadline-date = Date
label-deadline = Deadline
label-basis = Basis
