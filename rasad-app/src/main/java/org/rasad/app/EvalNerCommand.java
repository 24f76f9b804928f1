package org.rasad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasad.extract.actors.ActorKb;
import org.rasad.extract.ner.NerEvaluator;
import org.rasad.extract.ner.PerceptronNerTagger;
import org.rasad.extract.ner.RuleNerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Scores PER/LOC/ORG mentions on a CoNLL file (ANERcorp's test split by default), exact spans. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = {"Score the actor layer's PER/LOC/ORG mentions on ANERcorp (CoNLL token<TAB>tag):",
            "exact-span precision/recall/F1 per type and micro-averaged, conlleval style (MISC not scored)."})
final class EvalNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", description = "CoNLL file to score (default: ANERcorp's test split in ../shared).")
    Path file;

    @Option(names = "--train", description = "Also train a perceptron tagger in memory on this CoNLL file and score it"
            + " (reported separately; nothing is saved or shipped).")
    Path train;

    @Option(names = "--epochs", defaultValue = "12", description = "Training epochs for --train (default ${DEFAULT-VALUE}).")
    int epochs;

    @Override
    public Integer call() throws IOException {
        Path f = file != null ? file : shared().resolve("data/anercorp/ANERCorp_CamelLab_test.tsv");
        if (!Files.isRegularFile(f)) {
            throw new UserError("no CoNLL file at " + f + " (pass --file)");
        }
        if (train != null && !Files.isRegularFile(train)) {
            throw new UserError("no training file at " + train);
        }
        PrintWriter out = spec.commandLine().getOut();
        RuleNerTagger rules = new RuleNerTagger(ActorKb.load());
        out.println("rule-based tagger (shipped), " + f.getFileName() + ":");
        out.print(NerEvaluator.evaluate(f, rules).table());
        if (train != null) {
            PerceptronNerTagger p = PerceptronNerTagger.train(train, rules, epochs);
            out.println("perceptron trained at evaluation time on " + train.getFileName() + " (not shipped):");
            out.print(NerEvaluator.evaluate(f, p).table());
        }
        out.flush();
        return 0;
    }

    static Path shared() {
        String prop = System.getProperty("rasad.shared");
        if (prop != null) {
            return Path.of(prop);
        }
        String home = System.getProperty("rasad.home");
        return (home != null ? Path.of(home) : Path.of(".")).resolve("../shared").normalize();
    }
}
