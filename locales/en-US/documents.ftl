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
section-comparison = 4. Comparison evidence
section-statements = { $patent ->
    [yes] 5. Statements
   *[no] 4. Statements
  }
section-request = { $patent ->
    [yes] 6. Request and contact
   *[no] 5. Request and contact
  }
listings-intro = { $count ->
    [one] The following listing offers goods that infringe the right above.
   *[other] The following { $count } listings offer goods that infringe the right above.
  }
listings-part = This notice is part { $part } of { $parts }; the listings are numbered across all parts ({ $first } to { $last } of { $total }).
comparison-claims = A claim-by-claim comparison of the independent claims of { $number } with the product offered in each listing above is attached as Annex 1.
comparison-design = An image comparison between the design as registered under { $number } and the product shown in each listing above is attached as Annex 1.
comparison-purchases = Records of the test purchases made (order number, date, photographs of the product received) are attached as Annex 2 for { $count ->
    [one] listing
   *[other] listings
  } { $listings }.
comparison-utility-report = A patent evaluation report issued by the China National Intellectual Property Administration for { $number } will be provided on request.
statement-good-faith = <b>Good faith.</b> The Complainant states in good faith that the use of the right in the listings above is not authorised by the right holder, its licensees or the law.
statement-accuracy = <b>Accuracy.</b> The information and documents in this notice are true and accurate. The Complainant knows that it bears legal liability for any loss caused by an erroneous notice (Article 42 of the E-Commerce Law of the People's Republic of China).
statement-authority = <b>Authority.</b> The Agent is authorised to file this complaint on the Complainant's behalf by a power of attorney dated { $date }, submitted with the Complainant's registration on the platform.
statement-authority-letter = <b>Authority.</b> The Agent is authorised to give this notice on the Complainant's behalf by a power of attorney dated { $date }, a copy of which is enclosed with the certificate of the right.
request-portal = We request that { $platform } promptly remove or block the listings above, take the necessary measures against the sellers under Article 42 of the E-Commerce Law, and inform the Agent of the outcome.
request-letter = We request that you remove or disable access to the listings above within { $days } working days of receiving this notice and confirm to the Agent in writing that you have done so. The right holder reserves all its rights, including the right to bring proceedings without further notice.
contact-line = Please address all correspondence on this notice to { $signatory }, { $firm }, { $email }, { $phone }.
complaint-signature = Agent, for and on behalf of the Complainant

## IP rights schedule

schedule-title = Schedule of Intellectual Property Rights
schedule-subject = Rights of { $client }
schedule-intro = The intellectual property rights of <b>{ $client }</b> relied on in the power of attorney and complaints dated { $date }. Each registration is in force for the period stated; the period to protect is the period for which protection is requested on the platforms.
schedule-summary = Summary
schedule-right = { $n }. { $type } { $number }
certificate-on-file = on file
certificate-missing = still needed

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
cover-needed-licence = A copy of your business licence or certificate of incorporation, with a Chinese translation if it is not in Chinese.
cover-needed-none = We hold a copy of every registration certificate listed below.
cover-needed-some = { $missing ->
    [one] One registration certificate is still missing
   *[other] { $missing } registration certificates are still missing
  }; please send a copy of each one marked “still needed”.
cover-section-steps = 3. Next steps and timeline
cover-steps-intro = Periods are in working days of mainland China, counted from { $date } on the assumption that the signed power of attorney reaches us by then; each step starts when the one before ends.
cover-steps-estimated = The calendar for { $year } has not been published by the State Council yet; dates in that year count weekends only and may move.
cover-channel-portal = { $platform }: filed online at { $portal }.
cover-documents-required = It asks for:
cover-channel-letter = Other sites: a notice letter is sent to the operator of each site.
cover-closing = Please contact { $signatory } at { $email } or { $phone } with any question.
cover-regards = Yours sincerely,
cover-signature = For the Agent
