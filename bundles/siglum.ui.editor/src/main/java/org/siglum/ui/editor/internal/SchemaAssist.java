package org.siglum.ui.editor.internal;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.VerifyKeyListener;
import org.siglum.validation.assist.Proposal;
import org.siglum.validation.assist.SchemaGuide;

/**
 * Content assistance from our schema: jface.text's {@link ContentAssistant} (synchronous, without additional
 * information, the only parts of it that need no Eclipse Jobs) over {@link SchemaGuide#propose}. Ctrl+Space asks;
 * typing {@code <} asks by itself after a short pause. docs/decisions/0028.
 */
public final class SchemaAssist implements IContentAssistProcessor {

    static final int AUTO_ACTIVATION_DELAY_MS = 300;

    private final SchemaGuide guide;
    private String message;

    public SchemaAssist(SchemaGuide guide) {
        this.guide = guide;
    }

    /** Installs the assistant on the viewer (after it is configured), with its Ctrl+Space key. */
    public static ContentAssistant install(SourceViewer viewer, SchemaGuide guide) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setContentAssistProcessor(new SchemaAssist(guide), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(AUTO_ACTIVATION_DELAY_MS);
        assistant.enableAutoInsert(false);
        assistant.setProposalPopupOrientation(ContentAssistant.PROPOSAL_OVERLAY);
        assistant.install(viewer);
        VerifyKeyListener ctrlSpace = event -> {
            if ((event.stateMask & SWT.MOD1) != 0 && (event.character == ' ' || event.keyCode == ' ')) {
                event.doit = false;
                assistant.showPossibleCompletions();
            }
        };
        viewer.prependVerifyKeyListener(ctrlSpace);
        viewer.getTextWidget().addDisposeListener(e -> assistant.uninstall());
        return assistant;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        if (viewer.getDocument() == null) {
            return new ICompletionProposal[0];
        }
        List<Proposal> proposals;
        try {
            proposals = guide.propose(viewer.getDocument().get(), offset);
        } catch (RuntimeException e) {
            message = "Cannot read the schema: " + e.getMessage();
            return new ICompletionProposal[0];
        }
        message = proposals.isEmpty() ? "The schema allows nothing here." : null;
        return proposals.stream().map(this::completion).toArray(ICompletionProposal[]::new);
    }

    private ICompletionProposal completion(Proposal p) {
        return new CompletionProposal(p.text(), p.offset(), p.length(), p.caret(), null, label(p), null, null);
    }

    private String label(Proposal p) {
        return switch (p.kind()) {
            case ELEMENT -> "<" + p.name() + ">";
            case ATTRIBUTE -> p.name() + "=\"\"";
            case VALUE -> "\"" + p.name() + "\"";
        };
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] {'<'};
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
