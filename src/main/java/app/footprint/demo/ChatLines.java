package app.footprint.demo;

import java.util.List;

/**
 * What people say in Jana's Messenger threads, by kind of conversation and by period, so that the
 * threads read like a life: shifts and runs for years, then midwife appointments and cots.
 */
final class ChatLines {
    private ChatLines() {
    }

    static final List<String> EVERYDAY = List.of(
            "Hey, wie geht's dir?", "Alles gut bei dir?", "Bin gleich da!", "Sorry, hab's erst jetzt gesehen",
            "Klingt super 😊", "Ja, passt mir!", "Heute schaffe ich es leider nicht 😕", "Wie wär's mit Freitag?",
            "Haha, genau so 😂", "Oh nein!", "Das glaub ich dir sofort", "Gute Nacht 🌙", "Danke dir ❤️",
            "Bis später!", "Hast du Zeit am Wochenende?", "Ich melde mich heute Abend", "Auf jeden Fall!",
            "Was machst du so?", "Bin total platt heute", "Kaffee morgen?", "👍", "😂😂😂", "Stimmt!",
            "Muss noch schnell einkaufen", "Schönes Wochenende!", "Viel Spaß euch!", "Oh wie schön 😍",
            "Grüße an alle!", "Ich bin gespannt", "Kein Stress", "Lass uns telefonieren", "Liebe Grüße 💐",
            "Bist du schon zu Hause?", "Muss morgen früh raus", "Wetter ist ja heute mal wieder...",
            "Hab dir was geschickt", "Schreib mir, wenn du angekommen bist", "Klar, mach ich",
            "Wie war dein Tag?", "Ich freu mich!", "Ach herrje", "Na klar 😄", "Hmm, mal sehen",
            "Wollen wir zusammen kochen?", "Hast du den Film schon gesehen?", "Du bist die Beste!");

    static final List<String> PARTNER = List.of(
            "Soll ich was vom Bäcker mitbringen?", "Bin in 20 Minuten zu Hause", "Was essen wir heute?",
            "Hab Nachtdienst getauscht, bin Samstag frei 🎉", "Vermisse dich", "Denk an die Miete!",
            "Kannst du den Müll runterbringen?", "Ich liebe dich ❤️", "Wo ist eigentlich der Schlüssel?",
            "Die Bahn hat mal wieder Verspätung 🙄", "Lauf noch eine Runde im Park", "Kino heute Abend?",
            "Hast du die Karten für das Konzert?", "Ich koche heute, versprochen", "Bist du schon wach?",
            "Schlaf gut ❤️", "Dienstplan für nächsten Monat ist da", "Wollen wir an die Ostsee?",
            "Deine Mama hat angerufen", "Frühstück im Café Kaffeesatz?", "Kuss 😘",
            "Schon wieder Spätdienst 😩", "Ich hol dich ab", "Brauchen wir noch Milch?");

    static final List<String> PARTNER_EXPECTING = List.of(
            "Termin bei der Hebamme ist Dienstag um 10", "Hast du das Ultraschallbild gesehen? 🥹",
            "Ich hab mir den Kinderwagen nochmal angeschaut", "Babybett ist bestellt!",
            "Wie geht's dir und dem Bauchzwerg?", "Mir ist heute nur ein bisschen übel", "Es hat getreten!!! 😍",
            "Geburtsvorbereitungskurs ist jeden Mittwoch", "Elterngeldantrag liegt auf dem Tisch",
            "Soll ich Gurken mitbringen? 😂", "Kreißsaalführung ist am 8. Februar",
            "Die Kliniktasche steht im Flur", "Wir schaffen das ❤️", "Namensliste Teil 17...");

    static final List<String> FAMILY = List.of(
            "Wann kommt ihr mal wieder nach Chemnitz?", "Hab euch Kuchen eingepackt", "Ruf mal an, Mäuschen",
            "Papa lässt grüßen", "Wie war der Dienst?", "Pass auf dich auf!", "Hast du schon Geschenke?",
            "Sonntag Mittagessen bei uns?", "Oma hat Geburtstag nicht vergessen!", "Grüße an Tom",
            "Das Foto ist so schön 😍", "Schlaf mal richtig aus");

    static final List<String> FAMILY_EXPECTING = List.of(
            "Ich werde Tante!!! 🥹🥹", "Wie fühlst du dich?", "Ich hab schon Söckchen gestrickt 🧦",
            "Brauchst du noch Babysachen? Ich hab ganz viel aufgehoben", "Hast du genug geschlafen?",
            "Wann ist der nächste Ultraschall?", "Oma freut sich so sehr", "Du musst dich schonen!",
            "Schick mal ein Bauchfoto 😊", "Ich komme zur Geburt nach Leipzig, versprochen");

    static final List<String> RUNNING = List.of(
            "Samstag 9 Uhr am Clara-Park?", "Wer ist Sonntag beim langen Lauf dabei?", "Heute 10 km Intervalle 💪",
            "Bin leider raus, Knie zickt", "Strecke am Cospudener See?", "Neue Bestzeit!!! 🏃‍♀️",
            "Startnummern für den Stadtlauf sind da", "Es regnet, laufen wir trotzdem?", "Klar, Regen ist nur Wetter 😄",
            "Treffpunkt am Völkerschlachtdenkmal", "Wer hat Lust auf Trailrunning im Harz?", "Ich bring Müsliriegel mit");

    static final List<String> RUNNING_EXPECTING = List.of(
            "Ich gehe jetzt eher spazieren als laufen 😅", "Ich feuere euch vom Rand an 📣",
            "Schwangerschaftsyoga ersetzt gerade die Intervalle");

    static final List<String> WORK = List.of(
            "Kann jemand am Samstag meinen Frühdienst übernehmen?", "Übergabe ist heute später",
            "Wer hat den Schlüssel vom Medikamentenschrank?", "Fortbildung Intensivpflege am Donnerstag",
            "Dienstplan hängt aus", "Danke fürs Einspringen! ❤️", "Kuchen im Stationszimmer 🍰",
            "Bin krank, sorry Leute 🤒", "Wer kommt mit zum Stationsausflug?", "Heute war ein harter Tag",
            "Neue Kollegin fängt Montag an", "Tausche Spät gegen Früh am 14.");

    static final List<String> WORK_EXPECTING = List.of(
            "Ich muss euch was sagen: ab Februar bin ich im Mutterschutz 🤰",
            "Keine Nachtdienste mehr für mich, sagt der Betriebsarzt", "Ihr werdet mir fehlen!");
}
