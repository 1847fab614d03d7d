# Reply to a seller's statement (counter-notice) / 对平台内经营者声明的回复意见.
# One message per ground (rebuttal-ground-*): a ground the workbook does not give is not argued.
rebuttal-title = Reply to the Seller's Statement
rebuttal-subject = Reply to the statement against the complaint on { $url }
rebuttal-re = The seller's statement on listing { $url }
rebuttal-intro = { $poa ->
    [none] The Agent, for the Complainant (the power of attorney is enclosed for the Complainant's signature),
   *[other] The Agent, acting for the Complainant under the power of attorney the Complainant signed on { $poa },
  } replies to the seller's statement on the listing below{ $forwarded ->
    [none] , which reached us on { $received }.
   *[other] , which { $platform } forwarded on { $forwarded } and which reached us on { $received }.
  }
rebuttal-section-listing = 1. The listing and the complaint
rebuttal-complaint = { $titled ->
    [yes] { $type } No. { $number } ({ $title }), held by { $owner }
   *[no] { $type } No. { $number }, held by { $owner }
  }
rebuttal-complaint-case = { $filed ->
    [none] Complaint No. { $case }
   *[other] Complaint No. { $case }, filed on { $filed }
  }
rebuttal-complaint-unnumbered = The Complainant's complaint against this listing, on the right below (its case number is not recorded)
label-right-relied = Right relied on
rebuttal-late-art43 = <b>Late reply.</b> This reply is made after the period of Article 43 of the E-Commerce Law ended on { $art43 }.
rebuttal-late-reply = <b>Late reply.</b> This reply is made after { $platform }'s time for it ended on { $due }.
rebuttal-art43-open = Under Article 43 of the E-Commerce Law, the period to notify { $platform } of a complaint to the authorities or a suit ends on { $art43 }. No complaint or suit has been filed yet.
rebuttal-art43-filed = Within the period of Article 43 of the E-Commerce Law, which ends on { $art43 }, the Complainant { $action ->
    [court] sued before { $body }
   *[amr] complained to { $body }
  } on { $filed } ({ $case ->
    [none] case number not yet given
   *[other] case No. { $case }
  }).
rebuttal-provision = The listing's use of the mark falls under { $provision }.
rebuttal-our-response = <b>Further.</b> { $text }
label-complaint = Complaint
label-received = Statement received
label-forwarded = Forwarded by the platform
label-grounds = Grounds given
label-seller-evidence = Seller's evidence
rebuttal-section-statement = 2. The seller's statement
rebuttal-no-seller-evidence = none stated
rebuttal-preliminary = Article 43 of the E-Commerce Law requires a seller's statement to include preliminary evidence that there is no infringement. The statement does not meet that standard, for the reasons below.
rebuttal-preliminary-abroad = The statement gives no evidence that the listing does not infringe, for the reasons below.
rebuttal-section-reply = 3. Our reply, ground by ground
rebuttal-ground-licensed = <b>Licence.</b> The Complainant, the owner of { $type } No. { $number }, has granted this seller no licence or authorisation, and has authorised no one to grant one to it. { $seller_evidence ->
    [none] A licence the Complainant did not give to the seller cannot make the listing lawful; unless the seller produces one signed by the Complainant, which can be verified with it, the ground fails.
   *[other] What the seller submitted ({ $seller_evidence }) is not a licence given by the Complainant to the seller, and a licence the Complainant did not give cannot make the listing lawful; unless the seller produces one signed by the Complainant, which can be verified with it, the ground fails.
  }
rebuttal-ground-genuine = <b>Genuine goods.</b> { $seller_evidence ->
    [none] A claim of genuine goods, parallel import or first sale needs a chain of supply from the Complainant or its licensees (an invoice, purchase contract or customs declaration tracing the goods to them), and goods put on the market by the rights holder or with its consent.
   *[other] What the seller submitted ({ $seller_evidence }) does not show a chain of supply from the Complainant or its licensees: a claim of parallel import or first sale needs goods put on the market by the rights holder or with its consent.
  }{ $differences ->
    [none] {""}
   *[other] {" "}As found, the goods offered differ from the Complainant's genuine products: { $differences }.
  }
rebuttal-ground-no-use = <b>Use.</b> { $kind ->
    [trademark] The listing uses the mark in its title, images and product description to identify the goods it sells: that is use as a trademark{ $law ->
        [prc] {" "}(Trademark Law art. 48). The mark is not the generic name of the goods nor a description of their quality, function or origin, so the fair-use exception of art. 59 does not apply
       *[other] . The mark is not the generic name of the goods nor a description of their quality, function or origin
    }, and the seller's prominent use of it is not descriptive.
    [copyright] The listing reproduces the Complainant's work in its images and communicates it to the public over the internet, which the Complainant has not permitted{ $law ->
        [prc] {" "}(Copyright Law art. 10).
       *[other] .
    }
   *[other] Offering the product for sale in the listing is itself an act the right reserves to its owner{ $law ->
        [prc] {" "}(Patent Law art. 11)
       *[other] {""}
    }; the right is infringed whether or not any sale has been made.
  }
rebuttal-ground-different-goods = <b>The goods.</b> { $kind ->
    [trademark] The goods offered are identical or similar to those for which the mark is registered{ $classes ->
        [none] {""}
       *[other] {" "}(Nice classes { $classes })
    }: they share function, purpose, channels of trade and consumers, which is how similarity is judged; the classification is only a reference.
   *[other] The product offered is the kind of product the right protects, and it falls within the scope of protection of { $type } No. { $number }; a different product name or description in the listing does not change what is sold.
  }
rebuttal-ground-own-right = <b>The seller's own right.</b> The seller's mark or right is not registered for these goods, or was applied for after the Complainant's right, which takes priority. A later registration gives no right to use a sign that conflicts with an earlier one, nor to use it in a form or for goods beyond its registration. The seller gives no evidence of use before the Complainant's application with an influence of its own, which a defence of prior use would require.
rebuttal-ground-invalid = <b>Validity.</b> { $type } No. { $number } is in force. A right stays in force until { $law ->
    [prc] the CNIPA
   *[other] the office that granted it
  } or a court declares it invalid by a final decision: a pending invalidation request, or an assertion of prior art, changes nothing, and the platform is not the body to decide it. The seller shows no decision declaring the right invalid.
rebuttal-ground-design-differs = <b>The design.</b> Designs are compared by their overall visual effect as an ordinary consumer would see it. The product shown in the listing has no substantive difference in overall visual effect from the design of patent No. { $number }; the differences the seller points to are minor details or features dictated by function, which do not change that effect.
rebuttal-ground-other = <b>Other grounds.</b> The other assertions of the statement are not supported by any evidence of non-infringement and do not answer the complaint.
rebuttal-section-request = 4. Request
rebuttal-request = The Complainant asks { $platform } to maintain the measures taken against the listing, and to reject the seller's statement.
rebuttal-undertaking = The Complainant will notify { $platform } of its complaint to the competent authorities or its suit before the period of Article 43 of the E-Commerce Law ends on { $art43 }.
rebuttal-request-abroad = The Complainant asks { $platform } to keep the listing removed and to reject the seller's statement. The Complainant reserves all its rights.
rebuttal-request-abroad-litigation = The Complainant asks { $platform } to keep the listing removed and to reject the seller's statement. The Complainant reserves all its rights, including the right to bring proceedings without further notice.
rebuttal-evidence-intro = The Complainant's evidence is annexed:
rebuttal-no-evidence = The Complainant relies on the evidence of its complaint.
rebuttal-signature = Agent, for and on behalf of the Complainant
annex-heading-rebuttal = { $annex }: Complainant's evidence
annex-title-rebuttal = Complainant's evidence
art43-title = Notice of a Complaint to the Authorities or a Suit
art43-subject = Notice under Article 43 of the E-Commerce Law on the listing { $url }
art43-re = The listing { $url }: E-Commerce Law Article 43
art43-late = <b>Late notice.</b> This notice is given after the period of Article 43 of the E-Commerce Law ended on { $art43 }.
art43-intro = { $poa ->
    [none] The Agent, for the Complainant (the power of attorney is enclosed for the Complainant's signature),
   *[other] The Agent, acting for the Complainant under the power of attorney the Complainant signed on { $poa },
  } notifies { $platform } under Article 43 of the E-Commerce Law that, after the seller's statement on the listing below, the Complainant { $action ->
    [court] sued before { $body }
   *[amr] complained to { $body }
  } on { $filed }.
art43-label-action = Action
art43-label-case = Case No.
art43-label-filed = Filed on
art43-action = { $action ->
    [court] Suit before { $body }
   *[amr] Administrative complaint to { $body }
  }
art43-case-pending = not yet given
art43-acceptance = The { $action ->
    [court] court's
   *[amr] authority's
  } acceptance document is in { $annex }.
art43-acceptance-to-follow = The { $action ->
    [court] court's
   *[amr] authority's
  } acceptance document will be provided as soon as it is received.
art43-request = The Complainant asks { $platform } to keep in place the measures taken against the listing while the action is pending, and not to end them at the close of the period of Article 43 on { $art43 }.
