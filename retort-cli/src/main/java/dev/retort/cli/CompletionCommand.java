package dev.retort.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", description = "Print a shell completion script for retort, generated from its commands "
        + "and options (the same script serves bash and zsh, which loads it through bashcompinit).",
        footer = {"", "Examples:", "  source <(retort completion bash)             # in ~/.bashrc",
            "  retort completion zsh > ~/.zfunc/_retort     # or: source <(retort completion zsh) in ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    Shell shell;

    enum Shell { bash, zsh }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("retort", spec.root().commandLine());
        if (shell == Shell.zsh) {
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
